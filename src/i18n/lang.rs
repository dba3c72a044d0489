//! The languages tavle speaks, and how one is chosen.
//!
//! The one table of languages is the `languages!` invocation below: a language
//! is its `Lang` variant, the folder of its catalogue under `i18n/` and the
//! locale names that select it. Everything else (the loaders, `Lang::ALL`,
//! parsing, the tests) is derived from that table, so a fourth language is one
//! new `i18n/<code>/tavle.ftl` plus one line here.
//!
//! Pure: nothing here reads the environment; callers pass what they read.

/// Builds `Lang` and its derived tables from the one list of languages.
macro_rules! languages {
    ($( $(#[$meta:meta])* $variant:ident = $code:literal, [$($alias:literal),* $(,)?] ),+ $(,)?) => {
        /// A language of the user interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum Lang {
            $( $(#[$meta])* $variant, )+
        }

        impl Lang {
            /// Every language, in the order of the table.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),+];

            /// The language's code and the folder of its catalogue: `nb`, `nn`, `en`.
            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)+
                }
            }

            /// The language subtags (before `_`, `-`, `.` or `@`) that select it.
            fn aliases(self) -> &'static [&'static str] {
                match self {
                    $(Lang::$variant => &[$code, $($alias),*],)+
                }
            }

            /// The text of the language's Fluent catalogue, compiled in.
            pub(super) fn catalogue(self) -> &'static str {
                match self {
                    $(Lang::$variant => include_str!(concat!("../../i18n/", $code, "/tavle.ftl")),)+
                }
            }
        }
    };
}

languages! {
    /// Norsk bokmål: the default, and the fallback for a message another catalogue lacks.
    #[default]
    Nb = "nb", ["no", "nob", "nor"],
    /// Norsk nynorsk.
    Nn = "nn", ["nno"],
    /// English.
    En = "en", ["eng"],
}

impl Lang {
    /// A language from a code or a locale name, ignoring case: `nb`, `no_NO`,
    /// `nb-NO` → bokmål; `nn`, `nno`, `nn_NO.UTF-8` → nynorsk; `en`, `en_GB` →
    /// English. `None` for anything else.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let base = s.split(['_', '-', '.', '@']).next().unwrap_or("");
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.aliases().contains(&base))
    }

    /// The language to speak: `--lang` (`flag`), else `TAVLE_LANG`, else the
    /// system locale, else bokmål.
    ///
    /// `locale` is `[LC_ALL, LC_MESSAGES, LANG]`, in that order of precedence as
    /// POSIX has it. An empty value is skipped, and so is `C` or `POSIX` (with or
    /// without an encoding such as `C.UTF-8`): they say nothing about a language,
    /// and containers set them by default. The first other value decides: a
    /// language we speak, or bokmål for one we do not. An unknown `--lang` or
    /// `TAVLE_LANG` is passed over, as if it were not given.
    pub fn choose(flag: Option<&str>, tavle_lang: Option<&str>, locale: [Option<&str>; 3]) -> Lang {
        if let Some(lang) = flag.and_then(Lang::parse) {
            return lang;
        }
        if let Some(lang) = tavle_lang.and_then(Lang::parse) {
            return lang;
        }
        locale
            .into_iter()
            .flatten()
            .map(str::trim)
            .find(|v| !v.is_empty() && !is_c_locale(v))
            .and_then(Lang::parse)
            .unwrap_or_default()
    }
}

/// `C`, `POSIX`, `C.UTF-8` and the like: the locale of no language.
fn is_c_locale(v: &str) -> bool {
    let base = v.split(['.', '@']).next().unwrap_or("");
    base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix")
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_LOCALE: [Option<&str>; 3] = [None, None, None];

    #[test]
    fn codes_and_locale_names_parse() {
        for (s, want) in [
            ("nb", Some(Lang::Nb)),
            ("no_NO.UTF-8", Some(Lang::Nb)),
            ("nb-NO", Some(Lang::Nb)),
            ("NOB", Some(Lang::Nb)),
            ("nn", Some(Lang::Nn)),
            ("nno", Some(Lang::Nn)),
            ("nn_NO.UTF-8", Some(Lang::Nn)),
            ("nn_NO@euro", Some(Lang::Nn)),
            ("en", Some(Lang::En)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("de_DE", None),
            ("", None),
            ("n", None),
        ] {
            assert_eq!(Lang::parse(s), want, "{s}");
        }
    }

    #[test]
    fn flag_then_tavle_lang_then_locale_then_bokmal() {
        assert_eq!(Lang::choose(None, None, NO_LOCALE), Lang::Nb);
        assert_eq!(Lang::choose(Some("nn"), Some("en"), NO_LOCALE), Lang::Nn);
        assert_eq!(Lang::choose(Some("xx"), Some("en"), NO_LOCALE), Lang::En);
        assert_eq!(
            Lang::choose(None, Some("en"), [Some("nn_NO.UTF-8"), None, None]),
            Lang::En
        );
        assert_eq!(
            Lang::choose(None, None, [None, None, Some("nn_NO.UTF-8")]),
            Lang::Nn
        );
        assert_eq!(
            Lang::choose(None, Some("xx"), [None, Some("en_US.UTF-8"), None]),
            Lang::En
        );
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang() {
        let all = [
            Some("en_GB.UTF-8"),
            Some("nn_NO.UTF-8"),
            Some("nb_NO.UTF-8"),
        ];
        assert_eq!(Lang::choose(None, None, all), Lang::En);
        let messages = [None, Some("nn_NO.UTF-8"), Some("en_GB.UTF-8")];
        assert_eq!(Lang::choose(None, None, messages), Lang::Nn);
        let empty_skipped = [Some(""), Some(" "), Some("nn_NO")];
        assert_eq!(Lang::choose(None, None, empty_skipped), Lang::Nn);
    }

    #[test]
    fn c_and_posix_decide_nothing_but_an_unknown_locale_means_bokmal() {
        assert_eq!(
            Lang::choose(None, None, [Some("C"), None, Some("en_US.UTF-8")]),
            Lang::En
        );
        assert_eq!(
            Lang::choose(None, None, [Some("C.UTF-8"), Some("POSIX"), Some("nn_NO")]),
            Lang::Nn
        );
        assert_eq!(
            Lang::choose(None, None, [Some("C.UTF-8"), None, None]),
            Lang::Nb
        );
        // An unknown locale decides (bokmål), it does not fall through to LANG.
        assert_eq!(
            Lang::choose(None, None, [Some("de_DE.UTF-8"), None, Some("en_US")]),
            Lang::Nb
        );
        assert_eq!(
            Lang::choose(None, None, [Some("no_NO"), None, Some("en_US")]),
            Lang::Nb
        );
    }

    #[test]
    fn every_language_has_its_own_code_and_catalogue() {
        for (i, a) in Lang::ALL.iter().enumerate() {
            assert_eq!(Lang::parse(a.code()), Some(*a));
            assert!(a.catalogue().contains("ui-overview"), "{a:?}");
            for b in &Lang::ALL[i + 1..] {
                assert_ne!(a.code(), b.code());
                assert_ne!(a.catalogue(), b.catalogue());
            }
        }
    }
}
