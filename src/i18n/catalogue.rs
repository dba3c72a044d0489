//! The compiled-in Fluent catalogues, one loader per language, and a cache of
//! argument-less messages as `&'static str`.
//!
//! One loader per language (not one global loader switched between languages)
//! because bokmål and English are rendered at the same time on different
//! threads, in tests and in `tavle status` while a screen runs. Fluent's
//! Unicode isolation marks (U+2068/U+2069 around every placeable) are turned
//! off: they would reach the terminal as bidi controls.
//!
//! Nothing here reads a file at run time: the catalogues are `include_str!`ed
//! by the language table in `lang.rs`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{OnceLock, PoisonError, RwLock};

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::{I18nAssets, LanguageLoader};

use super::Lang;

/// The Fluent domain, and so the file name `i18n/<code>/tavle.ftl`.
const DOMAIN: &str = "tavle";

/// The catalogues as `I18nAssets`, served from the language table.
struct Catalogues;

impl I18nAssets for Catalogues {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        Lang::ALL
            .iter()
            .filter(|l| file_path == format!("{}/{DOMAIN}.ftl", l.code()))
            .map(|l| Cow::Borrowed(l.catalogue().as_bytes()))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(
            Lang::ALL
                .iter()
                .map(|l| format!("{}/{DOMAIN}.ftl", l.code())),
        )
    }
}

fn language_id(lang: Lang) -> LanguageIdentifier {
    // The codes in the table are plain language subtags; `und` would only
    // show up if one were not, and then the fallback catalogue answers.
    lang.code().parse().unwrap_or_default()
}

/// How many languages the table has.
const COUNT: usize = Lang::ALL.len();

/// The loader of one language, built on first use. A message missing from
/// its catalogue falls back to bokmål (tests make sure none is missing).
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    static LOADERS: [OnceLock<FluentLanguageLoader>; COUNT] = [const { OnceLock::new() }; COUNT];
    LOADERS[lang as usize].get_or_init(|| {
        let loader = FluentLanguageLoader::new(DOMAIN, language_id(Lang::default()));
        // Cannot fail for compiled-in UTF-8 catalogues; if it did, every
        // lookup would show Fluent's "No localization for id" text, which the
        // tests look for, rather than take the program down.
        let _ = loader.load_languages(&Catalogues, &[language_id(lang)]);
        loader.set_use_isolating(false);
        loader
    })
}

/// The text of an argument-less message, formatted once per (language, id) and
/// kept for the life of the program. Bounded: there are finitely many ids
/// and languages. `make` formats it on a miss (it is `fl!`, so the id is
/// checked at compile time).
pub fn cached(
    lang: Lang,
    id: &'static str,
    make: impl FnOnce(&FluentLanguageLoader) -> String,
) -> &'static str {
    type Cache = RwLock<HashMap<&'static str, &'static str>>;
    static CACHES: [OnceLock<Cache>; COUNT] = [const { OnceLock::new() }; COUNT];
    let cache = CACHES[lang as usize].get_or_init(Cache::default);
    // A panic elsewhere cannot leave the map half-written (inserts are
    // single calls), so a poisoned lock is still a good cache.
    if let Some(text) = cache.read().unwrap_or_else(PoisonError::into_inner).get(id) {
        return text;
    }
    let mut map = cache.write().unwrap_or_else(PoisonError::into_inner);
    // Another thread may have filled it between the two locks; leak only once.
    map.entry(id)
        .or_insert_with(|| Box::leak(make(loader(lang)).into_boxed_str()))
}
