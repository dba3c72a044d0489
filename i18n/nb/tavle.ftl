# Norsk bokmål: the default language, and the catalogue that `fl!` checks
# message ids and variables against when the program is compiled.
#
# Every message here must exist in every other language with the same
# variables; tests/i18n.rs fails otherwise. Fluent text cannot hold a bare
# { or }: write {"{"} and {"}"}.

## Numbers and dates

decimal-separator = {","}
weekday-mon = mandag
weekday-tue = tirsdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lørdag
weekday-sun = søndag
weekday-short-mon = man
weekday-short-tue = tir
weekday-short-wed = ons
weekday-short-thu = tor
weekday-short-fri = fre
weekday-short-sat = lør
weekday-short-sun = søn
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
# "tirsdag 24. november 2026"
date-long = { $weekday } { $day }. { $month } { $year }
week-number = uke { $week }

## Reading board files: what was expected and found

expected-object = et objekt ({"{"} … {"}"})
expected-array = en liste ([ … ])
expected-string = en tekst i anførselstegn
expected-number = et tall
expected-whole-number = et helt tall
expected-bool = true eller false
found-object = et objekt
found-array = en liste
found-string = en tekst
found-number = et tall
found-bool = true/false
found-null = null
id-kind-column = kolonne
id-kind-card = kort
id-kind-goal = mål
id-kind-indicator = indikator
id-kind-decision = beslutning

## JSON syntax errors ($char is `x` or U+0009)

syntax-unexpected-end = filen slutter midt i en verdi
syntax-unexpected-end-hint = mangler en `{"}"}`, `]` eller `"`? Kanskje filen bare er halvveis lagret
syntax-unexpected-char = uventet tegn { $char }
syntax-unexpected-char-hint = en verdi er en tekst i "anførselstegn", et tall, true, false, null, {"{"} … {"}"} eller [ … ]
syntax-expected-comma-or-brace = forventet `,` eller `{"}"}` her, fant { $char }
syntax-expected-comma-or-brace-hint = mangler det et komma på slutten av linjen før?
syntax-expected-comma-or-bracket = forventet `,` eller `]` her, fant { $char }
syntax-expected-comma-or-bracket-hint = mangler det et komma mellom to elementer i listen?
syntax-expected-colon = forventet `:` etter navnet, fant { $char }
syntax-expected-key = forventet et feltnavn i "anførselstegn", fant { $char }
syntax-trailing-comma = komma foran `{"}"}` eller `]`
syntax-trailing-comma-hint = fjern kommaet etter siste element
syntax-control-in-string = linjeskift eller tabulator inne i en tekst
syntax-control-in-string-hint = skriv \n for linjeskift og \t for tabulator, eller mangler en tekst sitt avsluttende "?
syntax-control-char = kontrolltegn { $code } inne i en tekst
syntax-control-char-hint = fjern tegnet eller skriv det som { $escape }; et slikt tegn kommer ofte fra en skadet fil eller en kopi fra et annet program
syntax-bad-escape = ukjent \-sekvens i en tekst
syntax-bad-escape-hint = skriv \\ for en omvendt skråstrek
syntax-bad-unicode-escape = ugyldig \u-sekvens i en tekst
syntax-bad-number = ugyldig tall
syntax-bad-number-hint = bruk punktum som desimaltegn (6.2, ikke 6,2) og ingen innledende nuller
syntax-trailing-text = mer tekst etter slutten av tavla
syntax-trailing-text-hint = en tavlefil har ett objekt {"{"} … {"}"}; er en `{"}"}` for mye?
syntax-too-deep = for dypt nøstet (over 128 nivåer)
syntax-single-quote = tekst i enkle anførselstegn
syntax-single-quote-hint = JSON bruker doble anførselstegn: "slik"
syntax-comment = kommentarer er ikke lov i JSON
syntax-comment-hint = legg merknaden i et eget felt, for eksempel "note"

## Problems in a board file

diag-io = kan ikke lese filen: { $error }
diag-too-large = filen er for stor ({ $size } MB; grensen er { $limit } MB)
diag-too-large-hint = er dette virkelig en tavlefil? Arkiverte kort kan flyttes til en egen fil
diag-empty = filen er tom
diag-empty-hint = en tavle trenger minst {"{"}"tavle": 1, "title": "…", "kind": "drift"{"}"}; se docs/format.md
diag-utf16 = filen er lagret som UTF-16, ikke UTF-8
diag-utf16-hint = i Notisblokk: Fil → Lagre som → Koding: UTF-8
diag-not-utf8 = filen er ikke UTF-8 (kanskje Latin-1/Windows-1252)
diag-not-utf8-hint = lagre filen på nytt som UTF-8; i Notisblokk: Fil → Lagre som → Koding: UTF-8
diag-wrong-type = forventet { $expected }, fant { $found }
diag-number-in-quotes-hint = tall skrives uten anførselstegn: 6.2
diag-text-without-quotes-hint = sett teksten i anførselstegn: "…"
diag-missing = mangler feltet `{ $field }`
diag-missing-tavle-hint = legg til "tavle": 1 øverst i filen
diag-duplicate-key = feltet `{ $key }` står to ganger i samme objekt
diag-duplicate-key-hint = bare den siste blir brukt; fjern den ene
# $allowed is a list such as `drift`, `forbedring`
diag-unknown-value = ukjent verdi `{ $value }`; lovlige verdier er { $allowed }
diag-did-you-mean-hint = mente du `{ $suggestion }`?
diag-bad-date = `{ $value }` er ikke en dato på formen ÅÅÅÅ-MM-DD
diag-bad-date-hint = skriv for eksempel "2026-12-01" for 1. desember 2026
diag-bad-timestamp = `{ $value }` er ikke et tidspunkt (RFC 3339)
diag-bad-timestamp-hint = skriv for eksempel "2026-11-24T08:15:00+01:00"
diag-too-small = `{ $value }` er for lite; minste verdi er { $min }
diag-out-of-range = `{ $value }` er utenfor området { $min } til { $max }
diag-newer-version = formatversjon { $found } er nyere enn denne tavle kjenner { $known }
diag-newer-version-hint = oppgrader tavle; til da åpnes filen bare for lesing
# $kind is one of the id-kind-* words
diag-duplicate-id = { $kind } `{ $id }` finnes fra før (id-er må være unike)
diag-unknown-column = kortet står i en kolonne som ikke finnes: `{ $id }`
diag-unknown-column-hint = bruk id-en til en av kolonnene i "columns"
diag-unknown-card = viser til et kort som ikke finnes: `{ $id }`
diag-unknown-goal = viser til et mål som ikke finnes: `{ $id }`
diag-unknown-goal-hint = bruk id-en til et av målene i "goals"
diag-unknown-parent = delmålets overordnede mål `{ $id }` finnes ikke
diag-goal-cycle = målet `{ $id }` er sitt eget overordnede mål (ring av parent)
diag-empty-id = tom id
diag-no-owner = tiltaket `{ $card }` har ingen ansvarlig (ikke SMART)
diag-no-owner-hint = sett "owner" til den som har ansvaret
diag-no-due = tiltaket `{ $card }` har ingen frist (ikke SMART)
diag-no-due-hint = sett "due", for eksempel "2026-12-01"
diag-no-target = målet `{ $goal }` har ikke noe målbart mål (ikke SMART)
diag-no-target-hint = sett "target", for eksempel "Under 5 % sykefravær innen juni 2027"
diag-wip-exceeded = kolonnen `{ $column }` har { $count } kort (grensen er { $limit })
diag-no-columns = tavla har kort, men ingen kolonner
diag-values-out-of-order = målingene står ikke i datorekkefølge
diag-values-out-of-order-hint = eldste måling først

## tavle check and tavle fmt

hint-label = tips
check-summary = { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    } sjekket: { $errors } feil, { $warnings ->
        [one] { $warnings } advarsel
       *[other] { $warnings } advarsler
    }
no-board-files = ingen tavlefiler (*.json) i { $dir }
no-such-path = finner ikke mappen eller filen: { $path }
cannot-list = kan ikke lese mappen { $path }: { $error }
fmt-skipped = { $path }: har feil og ble ikke endret (kjør tavle check)
fmt-not-canonical = { $path }: har ikke fast oppsett
fmt-rewritten = { $path }: skrevet om

## The command line (--help)

cli-usage = Bruk
cli-commands = Kommandoer
cli-arguments = Argumenter
cli-options = Valg
cli-options-placeholder = VALG
cli-command-placeholder = KOMMANDO
cli-help-flag = Skriv ut hjelp
cli-version-flag = Skriv ut versjonen
cli-help-command = Skriv ut denne hjelpen eller hjelpen til de gitte kommandoene
cli-help-command-arg = Kommandoen du vil ha hjelp til
cli-default = [standard: { $value }]
cli-possible-values = [mulige verdier: { $values }]
cli-value-lang = SPRÅK
cli-value-path = STI
cli-value-secs = SEK
cli-value-dir = MAPPE
cli-value-board = TAVLE
cli-value-card = KORT
cli-value-column = KOLONNE
cli-value-title = TITTEL
cli-value-owner = ANSVARLIG
cli-value-due = FRIST
cli-value-light = LYS
cli-value-text = TEKST
cli-value-date = DATO
cli-value-indicator = INDIKATOR
cli-value-value = VERDI
cli-value-file = FIL
cli-value-format = FORMAT
cli-about = Tavle for tavlemøter: drifts- og forbedringstavler fra JSON-filer i en delt mappe
cli-lang = Språk: nb (bokmål, standard), nn (nynorsk) eller en (engelsk); også TAVLE_LANG, ellers LC_ALL/LC_MESSAGES/LANG. Et ukjent --lang stopper med kode 2; et ukjent TAVLE_LANG gir en advarsel og brukes ikke
cli-check = Sjekk alle tavlefiler i en mappe og skriv hvert problem som fil:linje:kolonne
cli-check-path = Mappen (eller én tavlefil) som skal sjekkes
cli-check-strict = Regn advarsler som feil (avslutt med 1)
cli-check-fix = Gi kort og beslutninger som har samme id, hver sin (beslutningene følger kortet de gjelder)
cli-check-fixed = { $kind ->
    [card] kort
   *[decision] beslutning
  } { $from } «{ $title }» har fått ny id: { $to }
cli-schema = Skriv JSON Schema for tavleformatet (til redigeringsverktøy og skript)
cli-path = Mappen med tavlefiler, eller én tavlefil som åpnes med en gang
cli-poll = Sjekk mappen hvert SEK. sekund ({ $min } til { $max }) i stedet for å vente på varsler (for nettverksdisker)
cli-card = Endre kort fra et skript (samme trygge lagring som skjermen)
cli-dir = Mappen med tavlefiler når TAVLE er en id eller en tittel
cli-card-add = Legg til et kort; skriver id-en til det nye kortet
cli-card-set = Endre felter på et kort
cli-card-move = Flytt et kort til en kolonne
cli-card-archive = Arkiver et kort (det blir liggende i filen, skjult)
cli-card-restore = Hent tilbake et arkivert kort
cli-card-board = Tavla: en fil, eller id-en eller tittelen til en tavle i --dir
cli-card-card = Kortet: id-en eller tittelen (starten er nok når den er entydig)
cli-card-column = Kolonnen: id-en eller tittelen, for eksempel Pågår (standard: den første)
cli-card-title = Tittel
cli-card-owner = Ansvarlig (tom tekst fjerner)
cli-card-due = Frist: 2026-12-01, 1.12, fre, +3d, uke 49 (ingen fjerner)
cli-card-light = Trafikklys: green/grønn, yellow/gul, red/rød, none/ingen
cli-decision = Logg beslutninger fra et skript
cli-decision-add = Logg en beslutning; skriver id-en
cli-decision-text = Hva som ble besluttet
cli-decision-owner = Hvem som følger opp
cli-decision-card = Kortet beslutningen gjelder
cli-minutes = Skriv referatet fra en tavles møte som Markdown
cli-minutes-date = Møtedatoen (standard: i dag)
cli-measure = Registrer målinger fra et skript eller en CSV-fil
cli-measure-add = Registrer én måling (samme dato erstattes)
cli-measure-import = Importer målinger fra CSV med kolonnene indikator;dato;verdi (; og desimalkomma går fint)
cli-measure-indicator = Indikatoren: id-en eller tittelen
cli-measure-value = Verdien, for eksempel 6,2
cli-measure-date = Datoen (standard: i dag)
cli-measure-file = CSV-filen
cli-measure-skip-bad = Importer de gode radene selv om noen rader har feil
cli-status = Skriv status for alle tavlene til ledergruppens rapport
cli-status-path = Mappen med tavlefiler, eller én tavlefil
cli-status-format = text, markdown, json eller html (se docs/status.md og docs/status-page.md)
cli-status-owner = Bare det denne personen er ansvarlig for
cli-unlock = Bryt en gammel lås etter et krasj (TAVLE.json.lock)
cli-fmt = Skriv tavlefiler om til fast oppsett (2 mellomrom, fast rekkefølge på feltene) og gi delte id-er hver sin; filer med feil røres ikke
cli-fmt-check = Bare vis hvilke filer som ikke har fast oppsett (avslutt med 1 hvis noen)

## Messages on screen and from commands

msg-watch-notify = følger mappen
msg-watch-poll = sjekker mappen hvert { $secs } s ({ $reason })
msg-watch-error = feil fra filovervåkingen, leser alt på nytt: { $error }
msg-board-added = ny tavle: { $board }
msg-board-deleted = tavla { $board } er slettet fra mappen
msg-board-missing = filen er borte akkurat nå; venter på at den kommer tilbake
msg-file-broken = filen har en feil på linje { $line }:{ $col }; viser siste gode versjon, bare for lesing
msg-newer-format = filen har nyere format, versjon { $version }; åpnet bare for lesing
msg-would-be-too-large = Ikke lagret: tavla ville blitt for stor ({ $why }), og tavle leser ikke så store filer. Filen er uendret; arkiverte kort kan flyttes til en egen fil.
msg-kept-changing = Ikke lagret: et annet program skrev til tavla hele tiden mens endringen ble lagret. Filen er slik det programmet lot den; prøv igjen.
msg-duplicate-ids = Ikke lagret: flere kort eller beslutninger har samme id ({ $ids }), så en endring kunne nådd feil kort. Kjør `tavle check --fix` (eller `tavle fmt`), som gir dem hver sin id.
msg-card-gone = kortet { $card } finnes ikke lenger (slettet et annet sted)
msg-column-gone = kolonnen { $column } finnes ikke lenger
msg-card-exists = kortet { $card } finnes allerede
msg-empty-title = tittelen kan ikke være tom
msg-bad-due = `{ $text }`: skriv 1.12, 2026-12-01, fre, +3d eller uke 49
msg-nothing-to-undo = ingenting å angre
msg-nothing-to-redo = ingenting å gjøre om igjen
msg-showing-archived = viser arkiverte kort (x henter tilbake)
msg-hiding-archived = skjuler arkiverte kort
msg-bad-light = `{ $text }`: bruk green/grønn, yellow/gul, red/rød eller none/ingen
msg-decision-gone = beslutningen { $decision } finnes ikke lenger
msg-no-meeting = ingen møte pågår
msg-minutes-written = referatet er skrevet: { $path }
msg-no-agenda = tavla har ingen agenda (meeting.agenda)
msg-goal-gone = målet { $goal } finnes ikke lenger
msg-indicator-gone = indikatoren { $indicator } finnes ikke
msg-bad-value = `{ $text }`: ikke et tall (skriv for eksempel 6,2 eller 6.2)
msg-escalated = sendt opp til { $board } ({ $card })
msg-round-not-saved = Verdien ble ikke lagret (se under): den står her igjen, trykk Enter for å prøve på nytt
msg-no-other-board = ingen annen tavle i mappen å sende kortet til
msg-already-escalated = kortet er allerede sendt opp til { $board }

## Fixed words of the screens

ui-overview = Oversikt
ui-board = Tavle
ui-kind = Type
ui-unit = Enhet
ui-cards = Kort per kolonne
ui-overdue = Forfalt
ui-changed = Sist endret
ui-drift = driftstavle
ui-forbedring = forbedringstavle
ui-no-boards = Ingen tavlefiler (*.json) i mappen ennå. Legg en tavle der, så dukker den opp her.
ui-too-small = Gjør vinduet større
ui-help = Taster
ui-help-everywhere = Overalt
ui-help-close = trykk en tast for å lukke
ui-filter = Filter
ui-new-card = Nytt kort
ui-edit-card = Endre kort
ui-title = Tittel
ui-owner = Ansvarlig
ui-due = Frist
ui-edit-keys = Enter lagrer · Tab neste felt · Esc avbryter
ui-read-only = bare lesing
ui-broken = FEIL I FILEN
ui-archived = arkivert
ui-over-limit = over grensen
ui-week = uke
ui-empty = (tom)
ui-changed-by = endret av
ui-meeting = MØTE
ui-goal = Mål
ui-left = igjen
ui-over-time = over tiden
ui-item = Punkt
ui-follow-ups = Oppfølging fra tidligere møter
ui-decisions-today = Beslutninger i dag
ui-new-decision = Ny beslutning
ui-correct-decision = Korriger beslutning (den gamle teksten tas vare på)
ui-decision = Beslutning
ui-linked-card = Gjelder kort
ui-concerns = Gjelder
ui-attendees = Til stede
ui-attendees-hint = navn skilt med komma · Enter lagrer · Esc avbryter
ui-closing = Avslutt møtet
ui-closing-keys = Enter: skriv referat og avslutt · Esc: fortsett møtet
ui-none-yet = ingen ennå
ui-no-meeting-hint = m starter møtet
ui-done = utført
ui-corrected = korrigert
ui-choose-keys = ↑↓ velg · Enter send · Esc avbryt

## Traffic lights and due dates

light-green = grønn
light-yellow = gul
light-red = rød
due-yesterday = i går
due-overdue = { $days } d over
due-today = i dag
due-tomorrow = i morgen

## Keys: what a command does (? overlay) and its short word (hint bar)

cmd-help-up = opp
cmd-help-down = ned
cmd-help-left = forrige / neste kolonne
cmd-help-right = neste kolonne
cmd-help-open = åpne tavla
cmd-help-move-left = flytt kortet til venstre
cmd-help-move-right = flytt kortet til høyre
cmd-help-move-up = flytt kortet opp
cmd-help-move-down = flytt kortet ned
cmd-help-cycle-light = bytt trafikklys
cmd-help-new = nytt kort
cmd-help-edit = endre tittel, ansvarlig, frist
cmd-help-archive = arkiver / hent tilbake
cmd-help-show-archived = vis / skjul arkiverte
cmd-help-undo = angre
cmd-help-redo = gjør om igjen
cmd-help-filter = filtrer på tekst, ansvarlig, stikkord
cmd-help-next-board = neste tavle
cmd-help-prev-board = forrige tavle
cmd-help-help = hjelp
cmd-help-back = tilbake
cmd-help-quit = avslutt
cmd-help-meeting = start / avslutt møtet (referat skrives)
cmd-help-next-item = neste punkt på agendaen
cmd-help-prev-item = forrige punkt på agendaen
cmd-help-big-clock = stor klokke
cmd-help-decide = ny beslutning
cmd-help-panel = beslutninger og oppfølging
cmd-help-attendees = hvem er til stede
cmd-help-done = oppfølging utført / ikke utført
cmd-help-plan = handlingsplan: mål, delmål og tiltak
cmd-help-indicators = indikatorer med seriediagram
cmd-help-escalate = send kortet opp til en annen tavle
cmd-help-add-value = ny måling (dato: i dag)
cmd-hint-move = flytt
cmd-hint-light = lys
cmd-hint-new = ny
cmd-hint-edit = endre
cmd-hint-archive = arkiver
cmd-hint-undo = angre
cmd-hint-filter = filter
cmd-hint-open = åpne
cmd-hint-next-board = neste tavle
cmd-hint-help = hjelp
cmd-hint-back = tilbake
cmd-hint-quit = avslutt
cmd-hint-meeting = møte
cmd-hint-decide = beslutning
cmd-hint-done = utført
cmd-hint-plan = plan
cmd-hint-indicators = indikatorer
cmd-hint-add-value = ny måling

## The minutes (referat)

minutes-minutes = Referat
minutes-date = Dato
minutes-time = Tid
minutes-board = Tavle
minutes-attendees = Til stede
minutes-goal = Mål for møtet
minutes-agenda = Agenda
minutes-decisions = Beslutninger
minutes-follow-ups = Oppfølging
minutes-changes = Endringer på tavla i dag
minutes-lights = Endrede trafikklys
minutes-no-owner = Uten ansvarlig
minutes-none = Ingen.
minutes-owner = ansvarlig
minutes-due = frist
minutes-card = kort
minutes-corrected = korrigert
minutes-overdue = forfalt
minutes-added = Nytt
minutes-moved = Flyttet
minutes-archived = Arkivert
minutes-no-light = uten lys

## Action plan, indicators and the organisation overview

plan-plan = Handlingsplan
plan-goal = Mål / tiltak
plan-measure = Tiltak
plan-status = Status
plan-smart = SMART
plan-missing = mangler
plan-owner = ansvarlig
plan-deadline = frist
plan-target = målbart mål
plan-by-hand = satt
plan-derived = utledet
plan-done = ✓ ferdig
plan-no-goal = Tiltak uten mål
plan-no-goals = Tavla har ingen mål ennå (goals i filen).
plan-indicators = Indikatorer
plan-no-indicators = Tavla har ingen indikatorer (indicators i filen).
plan-median = median
plan-target-line = mål
plan-latest = siste
plan-meets-target = ✓ når målet
plan-misses-target = ✗ når ikke målet
plan-too-few = for få målinger til å lese signaler (minst 10)
plan-no-signal = ingen ikke-tilfeldige signaler
plan-shift = skift
plan-trend = trend
plan-above = over medianen
plan-below = under medianen
plan-rising = stigende
plan-falling = fallende
plan-value = Verdi
plan-date = Dato
plan-new-value = Ny måling
plan-edit-goal = Endre mål
plan-measurable = Målbart
plan-escalate-to = Send kortet opp til
plan-escalated-to = sendt til
plan-escalated-from = fra
plan-responsible-for = er ansvarlig for
plan-next-deadlines = Neste frister
plan-signals = Signaler
plan-points = punkter

## tavle status and tavle measure

status-title = Status for tavlene
status-done = ferdig
status-overdue = forfalt
status-next = Neste frister
status-responsible = Ansvarlig for
status-indicator = Indikator
csv-field-count = forventet tre felt (indikator;dato;verdi), fant { $found }
csv-empty-indicator = mangler indikator
csv-bad-date = `{ $value }` er ikke en dato (2026-11-24 eller 24.11.2026)
csv-bad-value = `{ $value }` er ikke et tall
csv-malformed = ugyldig CSV: { $error }
nothing-written = { $bad ->
        [one] { $bad } rad med feil
       *[other] { $bad } rader med feil
    }: ingenting er skrevet (bruk --skip-bad for å importere resten)

## Added with the card detail and the honest light
ui-discard-again = Teksten går tapt: trykk Esc igjen for å forkaste den, eller Enter for å lagre
ui-edit-keys-note = Tab neste felt · Enter lagrer (i notatet: ny linje) · Ctrl+S lagrer · Esc avbryt
ui-over-deadline = over frist
label-note = Notat
label-tags = Stikkord
label-source = Kilde
label-effect = Effekt 1–3
label-effort = Ressurs 1–3
msg-one-to-three = effekt og ressursbruk er 1, 2 eller 3

## The card detail screen, banners and a card's history
card-column = Kolonne
card-light = Lys
card-goal = Mål
card-created = Opprettet
card-updated = Sist endret
card-id = Id
card-decisions = Beslutninger om kortet
card-no-decisions = Ingen beslutninger peker på kortet.
card-history = Historikk
card-no-history = Ingen endringer i loggen ennå.
card-links = Koblinger
card-card = Kort
banner-broken = { $count ->
    [one] Feil i filen
   *[other] { $count } feil i filen
  }, den første: { $at }: { $message } — viser sist lagrede versjon, bare lesing. «tavle check» viser alt.
banner-gone = Tavla er slettet eller flyttet — viser sist leste versjon, bare lesing. Esc går til oversikten.
banner-newer-format = Tavla er i format { $version }, nyere enn denne tavle kan — bare lesing. Oppdater tavle for å endre den.
banner-duplicate-ids = Bare for lesing: flere kort eller beslutninger har samme id ({ $ids }), så en endring kunne nådd feil kort. Kjør `tavle check --fix` (eller `tavle fmt`), som gir dem hver sin id og flytter beslutningene med.
banner-no-columns = Tavla har ingen kolonner: legg til en med «ny kolonne» (se ?) eller i «columns» i filen («tavle check» gir detaljer).
banner-orphans = { $count ->
    [one] 1 kort står
   *[other] { $count } kort står
  } i kolonner som ikke finnes ({ $columns }): rett «column» på kortene eller legg til kolonnen («tavle check» gir detaljer).
history-added = lagt til i { $column }
history-removed = fjernet
history-moved = flyttet { $from } → { $to }
history-archived = arkivert
history-restored = hentet fram igjen
history-light = lys { $from } → { $to }
history-edited = endret
history-edited-fields = endret { $fields }
history-escalated = sendt opp til { $board }
msg-no-columns = Tavla har ingen kolonner ennå: legg til en først («ny kolonne», se ?).
msg-unbound-key = Den tasten gjør ingenting her — ? viser tastene
msg-card-gone-elsewhere = Kortet { $card } ble endret et annet sted og er ikke i kolonnen lenger; valgte kortet ved siden av.
ui-changed-outside = endret utenfor tavle
cmd-help-details = åpne kortet: alle felt, beslutninger og historikk
cmd-hint-details = kort
cmd-help-light-green = sett lyset til grønt
cmd-help-light-yellow = sett lyset til gult
cmd-help-light-red = sett lyset til rødt
cmd-help-light-none = ta bort lyset
list-more-above = ↑ { $count } til
list-more-below = ↓ { $count } til

## The minutes of one meeting
minutes-changes-in-meeting = Endringer på tavla i møtet
minutes-restored = Hentet tilbake
minutes-corrected-earlier = Korrigert
minutes-was = før
minutes-values = Målinger registrert
minutes-no-attendance = ikke registrert
minutes-running = pågår
cli-minutes-meeting = Hvilket av dagens møter, talt fra 1 (standard: det siste)
no-such-meeting = { $count ->
    [0] det var ikke noe møte { $date }, så --meeting { $asked } finnes ikke
    [one] det var ett møte { $date }: --meeting må være 1, ikke { $asked }
   *[other] det var { $count } møter { $date }: --meeting må være fra 1 til { $count }, ikke { $asked }
  }
banner-read-only = Bare lesing: { $why }.
msg-saving = ⏳ lagrer … { $board } er låst av { $host } (prosess { $pid }); endringen lagres når låsen er fri
msg-saving-unknown = ⏳ lagrer … { $board } er låst (låsen sier ikke av hvem); endringen lagres når låsen er fri
minutes-maybe-incomplete = Listen over endringer kan være ufullstendig: endringsloggen kunne ikke skrives under møtet.
msg-log-failed = Lagret, men endringsloggen kunne ikke skrives ({ $reason }): referatet vil mangle denne endringen.

## The folder layer: file errors, locks, read-only boards, odd names in the
## folder, leftover temp files, a watcher that stopped. $kind is one of the
## fs-kind-* nouns; $reason one of the fs-* reasons (or the system's own text);
## $board a board's id; $host and $pid name the process that holds a lock.

fs-kind-file = en vanlig fil
fs-kind-directory = en mappe
fs-kind-symlink = en symbolsk lenke
fs-kind-fifo = en FIFO (navngitt rør)
fs-kind-socket = en socket
fs-kind-device = en enhetsfil
fs-kind-unknown = noe annet enn en fil
fs-read-only-fs = filsystemet er skrivebeskyttet
fs-permission-denied = ingen tilgang (mangler rettigheter)
fs-no-space = det er ikke plass på disken (eller kvoten er brukt opp)
fs-not-found = finnes ikke
fs-already-exists = finnes fra før
fs-not-regular = er ikke en vanlig fil, men { $kind }
fs-symlink = er en symbolsk lenke, og tavle følger ikke lenker her
fs-outside-folder = peker ut av tavlemappen, og tavle skriver aldri utenfor mappen
fs-error = { $path }: { $reason }
folder-save-failed = kunne ikke lagre: { $path }: { $reason }
folder-read-only = tavla { $board } er bare for lesing: { $why }
folder-read-only-link-outside = filen er en lenke til noe utenfor tavlemappen, og tavle skriver aldri utenfor mappen
folder-read-only-no-write-permission = du har ikke skrivetilgang til filen
folder-read-only-folder-not-writable = du har ikke skrivetilgang til mappen
folder-read-only-fs = mappen ligger på et skrivebeskyttet filsystem
folder-read-only-newer-format = filen har nyere format, versjon { $version }; oppgrader tavle
folder-read-only-duplicate-ids = flere kort eller beslutninger har samme id; `tavle check --fix` gir dem hver sin
folder-skipped = { $path }: hoppet over: { $why }
folder-skip-special = { $kind }, ikke en vanlig fil; tavle åpner den ikke
folder-skip-link-to = en lenke til { $kind }
folder-skip-broken-link = en lenke som ikke peker til noen fil
# "min" is the same for one minute and many, so no plural forms here.
folder-temp-removable = midlertidig fil etter en lagring som ikke ble fullført ({ $minutes } min); den fjernes ved neste lagring
folder-temp-kept = midlertidig fil etter en lagring som ikke ble fullført ({ $minutes } min); kan slettes hvis ingen lagrer akkurat nå
folder-leftover-temp = { $path }: { $temp }
folder-watch-stopped-gone = følger ikke lenger mappen (mappen er borte eller flyttet); skjermen kan være utdatert
folder-watch-stopped-crashed = følger ikke lenger mappen (overvåkingen stoppet uventet); skjermen kan være utdatert
folder-watch-stopped-failed = følger ikke lenger mappen ({ $error }); skjermen kan være utdatert
lock-locked = tavla { $board } er låst av { $host } (pid { $pid }); prøv igjen om litt
lock-locked-unnamed = tavla { $board } er låst, men låsfila sier ikke av hvem (den skrives akkurat nå eller kan ikke leses); prøv igjen om litt
lock-stale = tavla { $board } har en gammel lås etter { $host } (pid { $pid }); bryt den med `tavle unlock { $board }` hvis ingen andre lagrer
lock-stale-since = tavla { $board } har en gammel lås etter { $host } (pid { $pid }) siden { $since }; bryt den med `tavle unlock { $board }` hvis ingen andre lagrer
lock-stale-unnamed = tavla { $board } har en gammel lås uten eier (låsfila er tom eller kan ikke leses); bryt den med `tavle unlock { $board }` hvis ingen andre lagrer
lock-not-regular = låsfila { $lock } er ikke en vanlig fil, men { $kind }; tavle verken leser eller fjerner den; fjern den for hånd eller med `tavle unlock`
lock-lost = tavla { $board } ble ikke lagret: låsen ble brutt mens den ble lagret; ingenting er skrevet, prøv igjen
lock-unlocked = brøt låsen etter { $host } (pid { $pid }) på tavla { $board }
lock-unlocked-unnamed = brøt en lås uten eier på tavla { $board }
lock-unlocked-odd = fjernet låsfila til tavla { $board }, som var { $kind }
lock-not-locked = tavla { $board } var ikke låst
lock-in-use = låsen på tavla { $board } er i bruk akkurat nå av { $host } (pid { $pid }); den brytes ikke
lock-in-use-unnamed = låsen på tavla { $board } er i bruk akkurat nå av en prosess som ikke har skrevet navnet sitt ennå; den brytes ikke

## The command line: things named as people name them, what `tavle check`
## reports beyond the schema, and `tavle demo`
cli-name-more = og { $count } til
cli-unknown-board = { $count ->
    [0] finner ingen tavle «{ $name }»: { $dir } har ingen tavlefiler
   *[other] finner ingen tavle «{ $name }» i { $dir }; tavlene er: { $valid }
  }
cli-no-board-folder = finner ingen tavle «{ $name }»: mappen { $dir } finnes ikke
cli-unknown-column = { $count ->
    [0] tavla har ingen kolonner, så «{ $name }» finnes ikke
   *[other] tavla har ingen kolonne «{ $name }»; kolonnene er: { $valid }
  }
cli-unknown-card = { $count ->
    [0] tavla har ingen kort, så «{ $name }» finnes ikke
   *[other] tavla har ikke noe kort «{ $name }»; kortene er: { $valid }
  }
cli-unknown-indicator = { $count ->
    [0] tavla har ingen indikatorer, så «{ $name }» finnes ikke
   *[other] tavla har ingen indikator «{ $name }»; indikatorene er: { $valid }
  }
cli-ambiguous-board = «{ $name }» passer til flere tavler: { $matches }; skriv mer av navnet
cli-ambiguous-column = «{ $name }» passer til flere kolonner: { $matches }; skriv mer av navnet
cli-ambiguous-card = «{ $name }» passer til flere kort: { $matches }; skriv mer av tittelen eller bruk id-en
cli-ambiguous-indicator = «{ $name }» passer til flere indikatorer: { $matches }; skriv mer av navnet
cli-conflict-copy = filen er en konfliktkopi av { $original } laget av { $source }; slå den sammen med `tavle merge`
cli-conflict-copy-link = filen er navngitt som en konfliktkopi av { $original } laget av { $source }, men er en symbolsk lenke: tavle slår den aldri sammen; legg selve filen her eller fjern lenken
cli-copy-syncthing = Syncthing (enheten { $device })
cli-copy-dropbox = Dropbox
cli-copy-dropbox-who = Dropbox ({ $who })
cli-copy-onedrive = OneDrive (maskinen { $host })
cli-copy-nextcloud = Nextcloud eller ownCloud
cli-copy-nextcloud-user = Nextcloud eller ownCloud ({ $user })
cli-copy-duplicate = kopiering (kopi nr. { $n })
cli-panic = tavle stoppet på en intern feil (meld gjerne fra om den): { $message }
cli-demo = Kopier eksempeltavlene til en ny mappe med datoene flyttet til i dag, og åpne kopien
cli-demo-dir = Mappen kopien skal ligge i (standard: en ny mappe i temp-mappen); må være tom eller ikke finnes
cli-demo-no-open = Bare skriv kopien og skriv ut hvor den ligger; ikke åpne den
cli-demo-written = eksempeltavlene ligger i { $dir }, med datoene flyttet så de står rundt i dag
cli-demo-not-empty = { $dir } er ikke tom; tavle demo skriver aldri over noe — velg en ny eller tom mappe
cli-demo-failed = kunne ikke skrive eksempeltavlene til { $dir }: { $error }
diag-empty-title = kortet `{ $card }` har ingen tittel
diag-empty-title-hint = skriv en tittel i "title"; ellers har skjermen ingenting å vise for kortet
diag-identity-number = dette ser ut som et fødselsnummer eller D-nummer ({ $number })
diag-identity-number-hint = personnummer hører ikke hjemme på en tavle som vises på en felles skjerm; skriv initialer eller romnummer i stedet

## Synced folders: conflict copies, merging them, tavle merge
sync-copy-found = Konfliktkopi av { $board } funnet: { $copy }. Åpne tavla og trykk c for å slå den sammen.
sync-no-copies = Tavla har ingen konfliktkopier.
sync-merged = Slått sammen; kopien er flyttet til { $kept } (u angrer).
sync-not-moved = Slått sammen, men konfliktkopien { $copy } kunne ikke flyttes ({ $why }); den ligger der fortsatt.
sync-changed-meanwhile = kopien ble endret underveis
sync-copy-changed = Konfliktkopien { $copy } ble endret mens du valgte; ingenting er slått sammen. Se over på nytt.
sync-not-merged = Konfliktkopien { $copy } er ikke slått sammen: { $why }. Tavla er uendret.
sync-board-changed = Tavla ble endret i mellomtiden: { $count ->
    [one] én ny konflikt
   *[other] { $count } nye konflikter
  } må velges før sammenslåingen.
sync-choose-all = Velg tavla (←) eller kopien (→) for hver konflikt først: { $count ->
    [one] én
   *[other] { $count }
  } igjen.
sync-unmerged = Sammenslåingen med { $copy } er angret; kopien blir liggende i .tavle/merged/.
sync-copy-broken = Konfliktkopien { $copy } kan ikke leses (linje { $line }, kolonne { $col }); den hoppes over.
sync-banner = { $count ->
    [one] Én konfliktkopi
   *[other] { $count } konfliktkopier
  } av denne tavla ({ $sources }). c slår { $count ->
    [one] den
   *[other] dem
  } sammen med tavla.
sync-held-back = { $count ->
    [one] Én fil er holdt tilbake som konfliktkopi
   *[other] { $count } filer er holdt tilbake som konfliktkopier
  } og er ikke med i tallene: { $files }.
sync-held-back-item = { $copy } (kopi av { $board })
sync-held-back-merge = c slår sammen kopiene av «{ $board }» med tavla.
sync-source-device = tavla har endringen fra enhet { $device }
sync-source-who = fra { $who }
sync-source-host = maskin { $host }
sync-source-duplicate = kopi nr. { $n }
sync-log-merged = slo sammen konfliktkopien { $copy }
sync-log-unmerged = angret sammenslåingen med { $copy }
merge-title = Konfliktkopi { $n } av { $of }: { $copy } ({ $source })
merge-three-way = Felles utgangspunkt kjent: det som er endret på bare én side, tas med uten spørsmål.
merge-two-way = Ingen felles utgangspunkt kjent: alt som er ulikt, må velges.
merge-adds = Kopien legger til { $what }.
merge-count-cards = { $count ->
    [one] ett kort
   *[other] { $count } kort
  }
merge-count-decisions = { $count ->
    [one] én beslutning
   *[other] { $count } beslutninger
  }
merge-count-values = { $count ->
    [one] én måling
   *[other] { $count } målinger
  }
merge-count-other = { $count ->
    [one] ett annet element
   *[other] { $count } andre elementer
  }
merge-nothing-new = Kopien har ikke noe tavla mangler.
merge-kept-edits = Beholdt
merge-renamed = Ny id
merge-conflicts = Velg for hver konflikt
merge-field = felt
merge-board = Tavla
merge-copy = Kopien
merge-before = før
merge-empty = (tomt)
merge-loading = Leser felles utgangspunkt …
merge-saving = Slår sammen …
merge-no-conflicts = Ingen konflikter. Enter slår sammen.
merge-adds-heading = Legges til
merge-removes-heading = Fjernes
merge-whole = hele elementet
merge-present = finnes
merge-removed = fjernet
merge-more = … og { $count } til
merge-changes-heading = Endres
merge-from-copy = (fra kopien)
cli-merge-ask = { $copy } ser ut som en kopi av { $board }, men kan være laget med vilje (navnet er ikke en synkroniseringsklients); den slås bare sammen når du ber om det: tavle merge { $board } --copy «{ $copy }»
cli-help-merge-copy = Slå sammen bare denne kopien (filnavn); trengs for kopier med navn som også brukes med vilje, som «NAVN (1).json» og «NAVN - Kopi.json»
merge-element-board = Tavla
merge-element-meeting = Møtet
merge-element-column = Kolonne
merge-element-card = Kort
merge-element-goal = Mål
merge-element-indicator = Indikator
merge-element-value = Måling
merge-element-decision = Beslutning
merge-on-board = tavla
merge-on-copy = kopien
merge-kept-unarchived = arkivert på { $side }, endret på den andre: endringen er beholdt
merge-kept-edited = slettet på { $side }, endret på den andre: endringen er beholdt
merge-kept-record = slettet på { $side }, men beslutninger og målinger slettes aldri ved sammenslåing
merge-kept-record-both = slettet på begge sider, men beslutninger og målinger slettes aldri ved sammenslåing
merge-renamed-from = fikk ny id (var { $from }): begge sider hadde laget hver sin med samme id
merge-yes = ja
merge-no = nei
cmd-help-sync-open = slå sammen konfliktkopier av tavla
cmd-help-sync-board = behold tavlas verdi i konflikten
cmd-help-sync-copy = ta kopiens verdi i konflikten
cmd-help-sync-merge = slå sammen (når hver konflikt er valgt)
cmd-help-sync-skip = hopp over denne kopien
cmd-hint-sync-open = slå sammen
cmd-hint-sync-board = tavla
cmd-hint-sync-copy = kopien
cmd-hint-sync-merge = slå sammen
cmd-hint-sync-skip = hopp over
cli-merge-none = Ingen konfliktkopier av { $board }.
cli-merge-no-board = finner ikke tavla { $board }
cli-merge-broken = tavla { $board } kan ikke leses: { $problem }
cli-merge-copy-broken = konfliktkopien { $copy } kan ikke leses: { $problem } — hoppet over
cli-merge-choose = { $count ->
    [one] Én konflikt må
   *[other] { $count } konflikter må
  } velges: kjør igjen med --prefer board (behold tavla) eller --prefer copy (ta kopien). Ingenting er skrevet.
cli-merge-dry-run = Prøvekjøring: ingenting er skrevet.
cli-merge-log = Endringsloggen til { $board }: { $count ->
    [one] én konfliktkopi
   *[other] { $count } konfliktkopier
  } slått sammen med loggen, linje for linje i tidsrekkefølge.
cli-merge-log-failed = konfliktkopiene av endringsloggen til { $board } ble ikke slått sammen: { $why }
cli-log-copy = konfliktkopi av endringsloggen til { $board }: referatene mangler det som står i den til den er slått sammen med loggen (`tavle merge { $board }`, eller c når tavla slås sammen)
cli-merge-done = Slått sammen { $copy }; kopien ligger nå i { $kept }.
cli-merge-failed = { $copy } ble ikke slått sammen: { $why }
cli-help-merge = Slå sammen konfliktkopier (Syncthing, Dropbox, OneDrive, Nextcloud) med tavla, element for element
cli-help-merge-board = Tavla: en fil, eller id-en eller tittelen til en tavle i --dir (med --git: filen)
cli-help-merge-dry-run = Vis hva som ville blitt slått sammen, uten å skrive noe
cli-help-merge-prefer = Velg denne siden i alle konflikter: board (tavla) eller copy (kopien)

## Odd starts: a bad --poll or --lang, an unknown TAVLE_LANG, no terminal, and
## the operating system's own errors. $valid lists the languages as
## `code (start-lang-autonym)`; $reason is one of the start-os-* reasons, an
## fs-* reason, or start-os-other with the system's own text as $detail.
start-lang-autonym = norsk bokmål
start-lang-unknown = tavle kan ikke språket «{ $value }» (--lang); velg ett av: { $valid }
start-env-lang-unknown = TAVLE_LANG er «{ $value }», som tavle ikke kan; bruker { $used } i stedet. Språkene er: { $valid }
start-poll-bad = --poll { $value }: ikke et gyldig antall sekunder; bruk et tall fra { $min } til { $max } (for eksempel 2 eller 1,5)
start-no-terminal = { $which ->
    [stdin] tavle trenger en terminal for å vise tavlene, men standard inn er ikke en terminal
    [stdout] tavle trenger en terminal for å vise tavlene, men standard ut er ikke en terminal
   *[both] tavle trenger en terminal for å vise tavlene, men verken standard inn eller standard ut er en terminal
  } (cron, et skript, en pipe eller `ssh` uten -t?). I skript skriver `tavle status`, `tavle check` og `tavle minutes` det samme som tekst; `tavle demo --no-open` lager bare kopien.
start-terminal-failed = tavle fikk ikke tatt terminalen i bruk: { $reason }. Start tavle i et terminalvindu (over ssh: `ssh -t`).
start-screen-failed = skjermen stoppet: { $reason }
start-os-not-a-folder = en del av stien er en fil, ikke en mappe
start-os-bad-name = navnet er for langt eller ikke tillatt her
start-os-busy = er i bruk av et annet program
start-os-network = forbindelsen til nettverksmappen er brutt
start-os-stale = nettverksmappen har mistet filen; koble til mappen på nytt
start-os-no-terminal = det er ingen terminal knyttet til tavle
start-os-other = operativsystemet svarte «{ $detail }»

## Låser: hvem som holder en, på hvilken maskin, hvor gammel slik tavle ser
## det, og hva `tavle unlock` fant før den bryter eller nekter. $who og $age
## er lock-found-*-bitene; $since og $time er datoer som 24.11.2026 08:15.
lock-found = fant låsen på tavla { $board }: { $who }, { $age }
lock-found-holder = tatt av { $host } (pid { $pid })
lock-found-holder-since = tatt av { $host } (pid { $pid }) den { $since }
lock-found-nobody = den navngir ingen holder (den er tom, avkortet eller ikke skrevet av tavle)
lock-found-unreadable = du har ikke lov til å lese den (rettighetene), så holderen er ukjent
lock-found-age-secs = { $secs } s gammel slik tavle ser det
lock-found-age-min = { $min } min gammel slik tavle ser det
lock-found-age-hours = { $hours } t gammel slik tavle ser det
lock-found-future = tidsstempelet er i fremtiden ({ $time }): en klokke som går feil, eller plantet, så alderen er ukjent
lock-found-gone = prosess { $pid } kjører ikke lenger på denne maskinen: låsen ble liggende igjen
lock-found-running = prosess { $pid } kjører på denne maskinen
lock-found-no-answer = dette systemet kan ikke si om prosess { $pid } kjører
lock-found-other-host = den ble tatt på en annen maskin ({ $host })
lock-found-other-machine = den ble tatt på en annen maskin med samme navn (en annen maskin-id)
lock-found-other-boot = den ble tatt under en annen oppstart av maskinen (før en omstart, eller på en kopi av denne virtuelle maskinen)
lock-found-other-namespace = den ble tatt i en annen container på denne maskinen (et annet prosessnavnerom), så prosessnummeret sier ingenting her
lock-found-by-name-only = { $why } (låsen er fra en eldre versjon av tavle og navngir bare maskinens navn)
lock-unlock-needs-force = ikke brutt: låsen på tavla { $board } kan være i bruk; hvis ingen lagrer den tavla akkurat nå, bryt den med `tavle unlock { $board } --force`
lock-unlock-running-force = ikke brutt: prosess { $pid } kjører på denne maskinen; hvis det ikke er tavle som lagrer (nummeret er brukt på nytt, eller den henger), bryt låsen med `tavle unlock { $board } --force`
lock-unlocked-folder = låsen på tavla { $board } var en mappe; tavle sletter ingen mapper, så den ble flyttet til { $aside } (slett den selv)
cli-unlock-force = Bryt også en lås som kan være i bruk: en annen maskins ferske lås, eller låsen til en prosess som kjører her, men har holdt den lenge

## git: konfliktmerker i en tavlefil, tavle merge --git, flettedriveren git
## kjører (tavle merge-driver) og tavle init. $file er filen slik brukeren
## skrev den; $side er git-side-*; $lines er linjeområder som «59–70 og 88–94».
diag-git-conflict = git-konflikt i { $count ->
    [one] linje
   *[other] linjene
  } { $lines }: løs den med `tavle merge --git FIL` eller i git
diag-git-conflict-and = og
diag-git-conflict-hint = git stoppet en sammenslåing her: mellom <<<<<<< og >>>>>>> står begge versjonene; `git merge --abort` går tilbake til før sammenslåingen
git-side-ours = vår side (HEAD)
git-side-theirs = deres side (det som slås sammen inn)
git-missing = git finnes ikke på denne maskinen (ikke i PATH)
git-failed = git svarte: { $detail }
git-not-repo = { $file } ligger ikke i en git-arbeidsmappe
git-not-conflicted = { $file } har ingen git-konflikt: git har ikke stoppet en sammenslåing i denne filen (se `git status`)
git-deleted = { $file } er slettet på { $side } og endret på den andre; velg i git: `git add { $file }` beholder filen, `git rm { $file }` sletter den
git-broken = versjonen av { $file } på { $side } kan ikke leses som en tavle: { $problem }
git-base-broken = den felles versjonen kan ikke leses som en tavle ({ $problem }), så alt som er ulikt må velges
git-sides = Tavla er vår versjon (HEAD), kopien er deres (det som slås sammen inn).
git-choose = { $count ->
    [one] Én konflikt
   *[other] { $count } konflikter
  } må velges: kjør igjen med --prefer ours (vår side) eller --prefer theirs (deres side). Ingenting er skrevet.
git-done = Den sammenslåtte tavla er skrevet til { $file }. Merk konflikten som løst med `git add { $file }`.
git-write-failed = { $file } ble ikke skrevet: { $why }
git-driver-conflicts = { $count ->
    [one] Én konflikt
   *[other] { $count } konflikter
  } i { $file } må velges: kjør `tavle merge --git { $file }`. Til da har filen vår versjon.
git-driver-as-text = { $file } er ingen tavle: git slår den sammen linje for linje.
git-driver-failed = tavle kunne ikke slå sammen { $file }: { $why }
git-driver-name = tavle: tavler slås sammen element for element
init-added = { $file }: la til { $count ->
    [one] én linje
   *[other] { $count } linjer
  }
init-had = { $file }: hadde alle linjene fra før
init-failed = { $file } ble ikke skrevet: { $why }
init-driver = git: tavler slås nå sammen element for element (merge.tavle.driver i { $repo }/.git/config)
init-not-repo = Mappen ligger ikke i en git-arbeidsmappe: kjør `tavle init` igjen etter `git init` eller `git clone` for å sette opp sammenslåingen.
init-no-git = git finnes ikke på denne maskinen: kjør `tavle init` igjen der git finnes for å sette opp sammenslåingen.
cli-help-merge-git = TAVLE er en fil der git har stoppet en sammenslåing: slå sammen git sine versjoner av den element for element (--prefer ours|theirs)
cli-help-init = Gjør en tavlemappe klar for git og Syncthing: .gitattributes, .gitignore, .stignore og git sin flettedriver
cli-help-init-dir = Tavlemappen

## Issue 17: every message in the user's language — clap's usage errors
## (built from the error's kind, not clap's English) and the facts --help
## states. $arg is an argument as the usage line writes it (--dir <MAPPE>),
## $value what the user typed, $usage a command line to type.
cli-quoted = «{ $text }»
cli-or = eller
cli-tip = tips
cli-error-missing = dette må være med, men mangler: { $args }
cli-error-unknown-argument = argumentet «{ $arg }» passer ikke her
cli-error-invalid-value = «{ $value }» er ikke en gyldig verdi for { $arg }
cli-error-value-missing = { $arg } må ha en verdi
cli-error-valid-values = gyldige verdier: { $values }
cli-error-not-a-number = ikke et helt tall
cli-error-number-too-large = tallet er for stort
cli-error-unknown-command = ukjent kommando: «{ $command }»
cli-error-missing-command = { $command } må ha en kommando etter seg: { $commands }
cli-error-too-many = { $arg } tar ikke flere verdier, men fikk «{ $value }»
cli-error-too-few = { $arg } trenger minst { $min } verdier, men fikk { $count }
cli-error-wrong-count = { $arg } trenger { $expected } verdier, men fikk { $count }
cli-error-conflict = { $arg } kan ikke brukes sammen med { $other }
cli-error-given-twice = { $arg } kan bare gis én gang
cli-error-conflict-others = { $arg } kan ikke brukes sammen med de andre argumentene
cli-error-no-equals = { $arg } må få verdien etter et likhetstegn: { $arg }=…
cli-error-not-utf8 = et argument er ikke gyldig tekst (UTF-8)
cli-error-other = kommandolinjen kan ikke leses
cli-error-more = Mer hjelp: { $command } --help
cli-tip-similar = mente du { $names }?
cli-tip-as-value = for å gi «{ $arg }» som verdi, skriv «{ $usage }»
cli-tip-remove-dashes = kommandoen «{ $command }» finnes: ta bort «--» foran den
cli-required = [må være med]
cli-value-meeting = MØTE
cli-value-name = NAVN
cli-value-side = SIDE
cli-value-base = FELLES
cli-value-ours = VÅR
cli-value-theirs = DERES
cli-card-move-column = Kolonnen kortet skal flyttes til: id-en eller tittelen, for eksempel Pågår
cli-fmt-long = Skriv tavlefiler om til fast oppsett: 2 mellomrom og fast rekkefølge på feltene. Kort og beslutninger som deler id, får hver sin (som med tavle check --fix). BOM og linjeskift (CRLF eller LF) beholdes. Filer med feil eller i et nyere format røres ikke, og heller ikke filer du ikke kan skrive eller lenker ut av mappen. Hver fil skrives under tavlas lås, som alle endringer.
cli-fmt-path = Mappen (eller én tavlefil) som skal skrives om
cli-merge-driver = Flettedriveren git kjører for tavlefiler (tavle init setter den opp): tavle merge-driver %O %A %B %P
cli-merge-driver-base = Den felles versjonen (%O)
cli-merge-driver-ours = Vår versjon (%A); den sammenslåtte tavla skrives hit
cli-merge-driver-theirs = Deres versjon (%B)
cli-merge-driver-path = Filens navn i arbeidsmappen (%P), til meldinger
cli-env = Miljøvariabler
cli-env-tavle-lang = Språket (nb, nn eller en) når --lang ikke er gitt
cli-env-locale = Språket når verken --lang eller TAVLE_LANG er gitt: nn_NO gir nynorsk, nb_NO og no_NO bokmål, en_* engelsk, alt annet bokmål
cli-env-tavle-user = Navnet endringer merkes med (updated_by og endringsloggen), når --as ikke er gitt; ellers name i tavle.toml, kontoens fulle navn eller brukernavnet ({ $login })
cli-env-config = Hvor tavle.toml leses: $XDG_CONFIG_HOME/tavle, ellers $HOME/.config/tavle (Windows: %APPDATA%\tavle); LOGNAME (Windows: USERNAME) er brukernavnet når USER mangler
cli-exit = Avslutningskoder
cli-exit-ok = ferdig
cli-exit-problems = problemer funnet (tavle check, tavle fmt --check, en fil med feil), eller det som ble bedt om, ble nektet eller mislyktes
cli-exit-usage = kommandolinjen var feil: et ukjent argument, en tavle, et kort eller et navn som ikke finnes, en ugyldig dato eller verdi, ingen terminal til skjermen; ingenting er prøvd
cli-exit-signal = skjermen ble avsluttet av signal N, for eksempel 143 (SIGTERM) eller 129 (SIGHUP)

## Issue 17: datoer, limt inn tekst og hvem som gjorde det. $text er det
## brukeren skrev; $date er en dato som 24.11.2026; $days er datoer med møte.
date-bad-day = `{ $text }`: skriv i dag, i går, man, 1.12, 2026-12-01, -1d eller uke 49
date-future = `{ $text }` er { $date }, en dag som ikke har kommet ennå
csv-future-date = `{ $value }` er { $date }, en dag som ikke har kommet ennå
minutes-no-meeting-day = { $count ->
    [0] det var ikke noe møte { $date }, og endringsloggen har ingen møter (--anyway skriver dagens endringer uten møte)
   *[other] det var ikke noe møte { $date }; møter: { $days } (--anyway skriver dagens endringer uten møte)
  }
who-unknown = ukjent
cli-as = Navnet endringene signeres med (i stedet for TAVLE_USER, tavle.toml og kontoens navn)
cli-minutes-anyway = Også en dag uten møte: skriv dagens endringer

## Issue 17: preparing the meeting, since last time
prep-msg-tick-needs-meeting = start møtet (m) før du krysser av hvem som er til stede
prep-msg-choose-item = velg et punkt på agendaen først (↑↓)
prep-msg-choose-person = mellomrom krysser av en person: velg en i listen «Til stede»
prep-msg-bad-minutes = «{ $text }» er ikke en tid: skriv hele minutter fra 1 til 1440, eller la feltet stå tomt
prep-msg-item-gone = punktet «{ $item }» finnes ikke lenger på agendaen (endret fra en annen skjerm?)
prep-msg-no-earlier-meeting = tavla har ikke hatt noe møte før: ingenting å vise siden sist
prep-msg-no-minutes = tavla har ikke noe referat fra et tidligere møte
prep-msg-no-such-card = ingen kort heter «{ $text }»: skriv kortets id (f.eks. k1) eller tittel, eller la feltet stå tomt for hele møtet
prep-msg-ambiguous-card = «{ $text }» passer til flere kort ({ $cards }): skriv kortets id
prep-screen = Møtet: forberedelse og oppmøte
prep-goal = Mål
prep-no-goal = ikke satt
prep-length = Lengde
prep-agenda = Agenda
prep-no-agenda = ingen punkter ennå
prep-add-item = + nytt punkt
prep-team = Til stede
prep-guest = gjest
prep-add-guest = + gjest
prep-tick-when-running = Kryss av hvem som er til stede når møtet er i gang (m starter det).
prep-not-started = ikke startet
prep-started = pågår
prep-since = Siden sist
prep-since-keys = ↑↓ bla · r forrige referat · Esc lukk · andre taster virker som vanlig
prep-previous-meeting = Forrige møte
prep-present-then = Til stede da
prep-nothing-since = Ingen endringer på tavla siden forrige møte.
prep-cards = Kort
prep-finished = Ferdig
prep-decisions-since = Beslutninger mellom møtene
prep-minutes-title = Forrige referat
prep-minutes-keys = ↑↓ bla · Esc lukk · andre taster virker som vanlig
prep-made-from-log = Det ble ikke skrevet noen referatfil for dette møtet; referatet er laget nå fra tavla og endringsloggen.
prep-whole-meeting = hele møtet (ikke knyttet til et kort)
prep-plan-changes = Forberedelse av møtet
prep-goal-removed = Mål fjernet
prep-default-length = standard
prep-item-added = Nytt punkt
prep-item-removed = Punkt fjernet
prep-item-renamed = Punkt endret
prep-item-moved = Punkt flyttet
prep-item-time-box = Tidsramme
prep-no-time-box = ingen
prep-minutes = { $minutes } min
prep-item-places = fra { $from }. til { $to }. plass
prep-card-offer = hele møtet · skriv { $card } for å knytte den til valgt kort «{ $title }»
prep-minutes-file = Forrige referat: { $file }
label-minutes = Minutter
label-item = Punkt
label-name = Navn
label-card = Kort
cmd-help-prep-open = møtet: mål, lengde, agenda og hvem som er til stede
cmd-help-prep-goal = sett eller endre målet for møtet
cmd-help-prep-length = sett eller endre lengden på møtet
cmd-help-prep-add-item = nytt punkt på agendaen
cmd-help-prep-remove-item = fjern punktet (på en person: ikke til stede)
cmd-help-prep-time-box = egen tidsramme for punktet
cmd-help-prep-tick = kryss av til stede / ikke til stede
cmd-help-prep-guest = legg til en gjest som er til stede
cmd-help-prep-since = hva har skjedd siden sist
cmd-help-prep-minutes = forrige referat
cmd-help-prep-edit = endre linjen (mål, lengde, punkt) eller kryss av personen
cmd-help-prep-item-up = flytt punktet opp
cmd-help-prep-item-down = flytt punktet ned
cmd-hint-prep-add-item = nytt punkt
cmd-hint-prep-tick = til stede
cmd-hint-prep-since = siden sist
cmd-hint-prep-minutes = referat
cmd-hint-prep-edit = endre

## Issue 17: kolonner fra tavla og små skjermer (80×24). Kolonner legges til,
## får nytt navn og WIP-grense og flyttes med tastene på tavla; referatet
## lister det. $column er en kolonnetittel; $text er det brukeren skrev.
cmd-help-new-column = ny kolonne til høyre for den valgte
cmd-help-edit-column = gi kolonnen nytt navn eller endre WIP-grensen
cmd-help-column-left = flytt kolonnen til venstre
cmd-help-column-right = flytt kolonnen til høyre
cmd-hint-new-column = ny kolonne
cmd-hint-edit-column = kolonne
cmd-hint-column-move = flytt kolonne
cmd-hint-agenda-item = punkt
cmd-hint-end-meeting = avslutt møtet
column-new = Ny kolonne
column-edit = Endre kolonne
label-wip = WIP-grense
msg-column-not-empty = Kolonnen { $column } har kort (arkiverte også): flytt dem først.
msg-bad-limit = `{ $text }`: WIP-grensen er et helt tall fra 1 (tomt: ingen grense)
minutes-columns = Kolonner
minutes-column-added = Ny kolonne
minutes-column-removed = Kolonne fjernet
minutes-column-renamed = Nytt navn
minutes-column-limit = WIP-grense
minutes-column-order = Ny rekkefølge
minutes-no-limit = ingen
ui-scroll-keys = ↑↓ PgUp PgDn: bla

## Issue 17: the facilitator's views — boards with one title told apart, fields
## in the user's words, notices that confirm what a key did, one person's view,
## what each symbol means. $what is one of the views-what-* texts; $fields the
## names of fields (tittel, notat); $matches boards as «Drift (nord.json)».

views-same-title-board = «{ $name }» er tittelen på flere tavler: { $matches }; skriv filnavnet, for eksempel { $file }
views-field-order-cards = Rekkefølgen på kortene
views-field-order-columns = Rekkefølgen på kolonnene
views-field-order-goals = Rekkefølgen på målene
views-field-order-indicators = Rekkefølgen på indikatorene
views-field-order-decisions = Rekkefølgen på beslutningene
views-field-meeting-goal = Mål for møtet
views-field-agenda = Agenda
views-field-minutes = Lengde (minutter)
views-field-running = Møtet som pågår
views-field-wip = Grense for antall kort
views-field-done-column = Ferdig-kolonne
views-field-done-at = Utført da
views-field-decided-at = Besluttet da
views-field-by = Skrevet av
views-field-corrections = Tidligere ordlyd
views-field-parent = Overordnet mål
views-field-target = Måltall
views-field-better = Bedre er
views-field-values = Målinger
views-field-updated-by = Sist endret av
views-field-escalated-to = Sendt opp til
views-field-escalated-from = Sendt fra
views-what-added = «{ $title }» lagt til
views-what-removed = «{ $title }» fjernet
views-what-moved = «{ $title }»: { $from } → { $to }
views-what-edited = «{ $title }»: { $fields }
views-what-archived = «{ $title }» arkivert
views-what-restored = «{ $title }» hentet tilbake
views-what-escalated = «{ $title }» sendt opp til { $board }
views-what-decided = beslutningen «{ $text }»
views-what-decision-removed = beslutningen «{ $text }» fjernet
views-what-corrected = ordlyden i «{ $text }»
views-what-done = «{ $text }» utført
views-what-not-done = «{ $text }» ikke utført
views-what-measured = { $indicator } { $date }: { $value }
views-what-unmeasured = { $indicator } { $date }: målingen fjernet
views-what-goal = målet «{ $title }»
views-what-other = siste endring
views-did-undo = Angret: { $what }
views-did-redo = Gjort om: { $what }
views-did-archived = Arkivert: «{ $title }» (u angrer, a viser arkivet)
views-did-restored = Hentet tilbake: «{ $title }»
views-did-done = Utført: «{ $text }»
views-did-not-done = Ikke utført likevel: «{ $text }»
views-history-edited = endret { $fields }
views-history-decided = beslutning: { $text }
views-history-corrected = beslutning korrigert: { $text }
views-history-done = oppfølging utført: { $text }
views-history-not-done = oppfølging ikke utført likevel: { $text }
views-owner-follow-ups = Oppfølging
views-owner-decisions = Beslutninger
views-owner-nothing = Ingen kort eller beslutninger med dette navnet.
views-symbol-green = grønn: i rute
views-symbol-yellow = gul: i fare
views-symbol-red = rød: ute av rute
views-symbol-no-light = uten lys
views-symbol-done = ferdig · når målet · valgt
views-symbol-set-by-hand = rød, fristen er ute (satt lys)
views-symbol-overdue = over frist · advarsel
views-symbol-due-today = frist i dag · signal i diagram
views-symbol-misses-target = når ikke målet
views-symbol-changed-by = nettopp endret av en annen
views-symbol-escalated-to = sendt opp til en annen tavle
views-symbol-escalated-from = sendt hit fra en annen tavle
views-symbol-selected = valgt · flere kolonner til høyre
views-symbol-more-left = flere kolonner til venstre
views-symbol-more-above = flere linjer over
views-symbol-more-below = flere linjer under
views-symbol-goal = mål i handlingsplanen
views-symbol-measure = tiltak · beslutning uten frist
views-symbol-follow-up-open = oppfølging, ikke utført
views-symbol-follow-up-done = oppfølging utført
views-symbol-time-left = tid igjen av møtet
views-symbol-over-time = møtet er over tiden
views-symbol-cursor = markøren der du skriver
views-symbol-info = melding
views-symbol-added = legges til
views-symbol-removed = tas bort
views-symbol-changed = endres
views-symbol-sparkline = målingene over tid
views-symbols-title = Tegn på skjermen
views-symbols-from-help = ? viser hva tegnene betyr · en annen tast lukker
views-symbols-close = trykk en tast for å lukke
views-merge-diff-hint = Det som er ulikt, er understreket · PgUp/PgDn blar i verdiene
views-merge-base = Før begge endret
cmd-help-sync-page-down = bla ned i verdiene
cmd-help-sync-page-up = bla opp i verdiene

## CSV import: encodings, ambiguous numbers, two rows for one date, each stored value (issue 18.6)
csv-read-windows-1252 = { $file }: lest som Windows-1252 (ikke UTF-8), slik norsk Excel lagrer CSV; æ, ø og å er gjort om
csv-read-utf16 = { $file }: lest som UTF-16 (Excels «Unicode-tekst») og gjort om
csv-broken-utf8 = { $file } begynner som UTF-8, men linje { $line } er ikke UTF-8
csv-broken-utf16 = { $file } er UTF-16, men er ødelagt på linje { $line }
csv-utf16-without-bom = { $file } ser ut som UTF-16 uten merket (BOM) som sier hvilken byte som kommer først
csv-not-windows-1252 = { $file } er verken UTF-8 eller Windows-1252 (byte { $byte } på linje { $line } er ingen bokstav der)
csv-how-to-save = ingenting er lest. Lagre fila som UTF-8: i Excel Fil → Lagre som → «CSV UTF-8 (kommadelt) (*.csv)»; i Notisblokk Lagre som → Koding: UTF-8
csv-ambiguous = `{ $text }` kan leses på to måter (tusenskille eller desimaltegn?): skriv { $thousands } eller { $grouped } om det er tusener, { $decimal } om det er desimaler
msg-ambiguous-value = `{ $text }` kan leses på to måter: skriv { $thousands } eller { $grouped } om det er tusener, { $decimal } om det er desimaler
csv-stored = Lagret { $indicator } { $date }: { $value }
csv-stored-replaced = Lagret { $indicator } { $date }: { $value } (erstattet { $old })
csv-unchanged = Uendret { $indicator } { $date }: { $value } (sto der fra før)
csv-repeat = samme indikator, dato og verdi som linje { $first }: lagret én gang
csv-line-value = linje { $line }: { $value }
csv-conflict = { $indicator } får ulike verdier for { $date } ({ $rows }): ingen av dem er lagret, behold én av radene
csv-summary = Lagret { $stored ->
        [one] { $stored } måling
       *[other] { $stored } målinger
    } ({ $replaced } erstattet), { $unchanged } uendret, { $skipped ->
        [one] { $skipped } rad
       *[other] { $skipped } rader
    } hoppet over
values-same-date = indikatoren «{ $indicator }» har mer enn én måling på { $count ->
        [one] samme dato
       *[other] { $count } datoer
    }: { $dates }
values-same-date-hint = la hver dato ha én verdi: rett datoen eller fjern den andre målingen i fila
values-future = indikatoren «{ $indicator }» har { $count ->
        [one] en måling
       *[other] { $count } målinger
    } datert etter i dag: { $dates }
values-future-hint = en måling er av en dag som har vært: rett datoen i fila

## Run charts: signals named by their weeks, the chart's legend
# "Skift: uke 3–9 (7 punkter over medianen)". $kind: shift or trend; $direction:
# above, below, rising or falling; $weeks: runchart-weeks or runchart-week
runchart-signal = { $kind ->
        [shift] Skift
       *[trend] Trend
    }: { $weeks } ({ $direction ->
        [above] { $len } punkter over medianen
        [below] { $len } punkter under medianen
        [rising] { $len } stigende punkter
       *[falling] { $len } fallende punkter
    })
# $from and $to are week numbers, with the year ("50/2025") when it is needed
runchart-weeks = uke { $from }–{ $to }
runchart-week = uke { $week }
runchart-legend-point = måling
runchart-legend-shift = skift
runchart-legend-rising = stigende trend
runchart-legend-falling = fallende trend
runchart-legend-both = skift og trend
runchart-newest = de siste { $shown } av { $total } målingene
runchart-more = … og { $n } signaler til
views-symbol-chart-point = måling i seriediagrammet
views-symbol-chart-shift = punkt i et skift (seriediagram)
views-symbol-chart-trend = punkt i en stigende eller fallende trend
views-symbol-chart-both = punkt i både et skift og en trend

## Issue 18.3–4: following escalations between boards and back, what a copy's
## state says on its origin card, long lists (paging, position) and pickers
## that filter as you type. $board and $origin are board titles; $card a
## card id; $title a card title; $key the key that goes back (Backspace).
link-none = kortet har ingen lenke til en annen tavle
link-no-card = ingen kort er valgt
link-not-loaded = tavla { $board } er ikke i denne mappa: kortet kan ikke vises
link-unreadable = tavla { $board } kan ikke leses nå: kortet kan ikke vises
link-gone = kortet { $card } finnes ikke lenger på { $board }
link-jumped = på { $board } · { $key } går tilbake
link-nothing-back = ingen steder å gå tilbake til
link-back-gone = tavla du kom fra, { $board }, er borte
link-closed-finished = «{ $title }» er ferdig på { $board } (sendt opp fra { $origin })
link-closed-archived = «{ $title }» er arkivert på { $board } (sendt opp fra { $origin })
link-state-finished = ✓ ferdig på { $board }
link-state-archived = arkivert på { $board }
link-state-missing = ? ikke å finne
list-owners = Ansvarlige
list-no-match = ingen treff
list-picker-keys = skriv for å filtrere · ↑↓ PgUp/PgDn velg · Enter send · Esc avbryt
list-owner-keys = ↑↓ velg navn · Enter bruk · Esc avbryt
list-panel-keys = J/K blar
list-owner-line = { $name } · { $cards ->
        [one] 1 kort
       *[other] { $cards } kort
    }{ $follow ->
        [0] {""}
        [one] {" · "}1 oppfølging
       *[other] {" · "}{ $follow } oppfølginger
    }
cmd-help-follow-link = gå til det lenkede kortet (⇪ først)
cmd-help-follow-origin = gå til kortet det ble sendt opp fra (⇩)
cmd-help-jump-back = tilbake dit du kom fra
cmd-help-first = første i lista
cmd-help-last = siste i lista
cmd-help-page-up = en side opp
cmd-help-page-down = en side ned
cmd-help-panel-up = bla opp i ansvarslista
cmd-help-panel-down = bla ned i ansvarslista
cmd-hint-follow-link = gå til lenke
cmd-hint-jump-back = tilbake

## tavle status names every measure: the organisation's total, copies counted once, changes since a day

report-total = Hele organisasjonen
report-boards = { $count ->
        [one] { $count } tavle
       *[other] { $count } tavler
    }
report-follow-ups-total = { $count ->
        [one] { $count } åpen oppfølging
       *[other] { $count } åpne oppfølginger
    } ({ $overdue } forfalt)
report-copies-note = Hvert tiltak telles én gang: { $count ->
        [one] { $count } kopi
       *[other] { $count } kopier
    } sendt opp fra en annen tavle i rapporten er ikke talt med igjen i totalen (kopien står på tavla si, merket ⇩).
report-unreadable-note = { $count ->
        [one] { $count } tavle
       *[other] { $count } tavler
    } kunne ikke leses: kortene der er ikke talt.
report-red = Røde og forfalte tiltak
report-copy-of = ⇩ kopi av { $card }
report-more = … { $count ->
        [one] { $count } frist til
       *[other] { $count } frister til
    } (--all viser alle)
report-goals = Mål
report-decisions = Beslutninger
report-measured = målt { $date }
report-no-owner = ingen ansvarlig
report-since-title = Endringer siden { $date }
report-turned-red = Ble røde
report-finished = Ferdige
report-new-overdue = Nye forfalte
report-new-signals = Nye signaler
report-was = før: { $light }
report-added = nytt kort
report-unchanged = Uten endringer: { $boards }
report-nothing-changed = Ingen endringer.
changes-title = Endringer siden
changes-ask = Siden hvilken dag? (forrige uke, i går, 16.11, uke 46)
changes-reading = Leser endringsloggene …
changes-keys-typing = Enter viser · Esc tilbake
changes-none = Ingen endringer på noen tavle siden { $date }.
cmd-help-since-open = hva har endret seg siden en dag, på alle tavlene
cmd-hint-since-open = siden
cmd-help-since-date = velg en annen dag
cmd-help-since-page-down = bla ned en side
cmd-help-since-page-up = bla opp en side
cli-status-unit = Bare tavler med denne enheten (en del av navnet er nok)
cli-status-board = Bare denne tavla (id, filnavn eller tittel)
cli-status-since = Hva har endret seg siden denne dagen (forrige uke, i går, 16.11, uke 46)
cli-status-all = Vis alle fristene i teksten (ingenting foldes sammen)
changes-default-day = forrige uke

## Plattform: en fil et annet program holder åpen (Windows)
fs-held-open = et annet program har filen åpen (eller du får ikke erstatte den); endringen din er tatt vare på i { $kept } – lagre på nytt når filen er lukket

## Forbedringstavla: formatets ord – rutiner, PDSA-sykluser, indikator på kortet (issue 21)
## $routine er en rutines id; $card et korts id; $cycle en PDSA-sykluses nummer
## (fra 1); $effect og $effort 1–3 eller –; $fields feltnavn fra fila.
id-kind-routine = rutine
diag-unknown-indicator = viser til en indikator som ikke finnes: `{ $id }`
diag-unknown-indicator-hint = bruk id-en til en av indikatorene i "indicators", eller fjern "indicator"
merge-element-routine = Rutine
msg-routine-gone = rutinen { $routine } finnes ikke lenger
msg-routine-exists = rutinen { $routine } finnes allerede
msg-cycle-gone = kortet { $card } har ikke lenger PDSA-syklus { $cycle }
history-prioritised = plassert i prioriteringsmatrisen: effekt { $effect }, ressursbruk { $effort }
history-cycle-started = PDSA-syklus { $cycle } startet
history-cycle-changed = PDSA-syklus { $cycle } endret: { $fields }
history-cycle-removed = PDSA-syklus { $cycle } fjernet

## Nye tavler fra mal: tavle new og n i oversikten
template-forbedring-col-ideas = Ideer
template-forbedring-col-plan = Planlegge
template-forbedring-col-do = Gjennomføre
template-forbedring-col-study = Evaluere
template-forbedring-col-act = Korrigere/standardisere
template-forbedring-col-done = Ferdig
template-forbedring-goal = Fange opp ideer, prioritere dem og følge testene til de blir ny standard
template-forbedring-agenda-tests = Status på tester som er i gang (PDSA)
template-forbedring-agenda-ideas = Nye ideer
template-forbedring-agenda-priority = Prioritering (effekt × ressursbruk)
template-forbedring-agenda-decisions = Beslutninger og neste steg
template-drift-col-today = I dag
template-drift-col-week = Denne uka
template-drift-col-doing = Pågår
template-drift-col-waiting = Venter på andre
template-drift-col-done = Ferdig
template-drift-goal = Felles oversikt over dagens drift, risiko og hvem som gjør hva
template-drift-agenda-staffing = Bemanning og ressurser i dag
template-drift-agenda-goals = Status mot mål
template-drift-agenda-risk = Risiko og avvik siden sist
template-drift-agenda-deadlines = Tiltak og frister
template-drift-agenda-decisions = Beslutninger og ansvar
new-board-kind-forbedring = forbedringstavle
new-board-kind-drift = driftstavle
new-board-dialog = Ny tavle: forbedring eller drift?
new-board-label-kind = Type
new-board-label-name = Navn
new-board-label-team-leader = Teamleder (kan stå tom)
new-board-label-measurement-lead = Måleansvarlig (kan stå tom)
new-board-created = Ny { $kind } laget: { $path }
new-board-exists = { $path } finnes allerede; velg et annet navn (ingenting ble skrevet)
new-board-failed = Kunne ikke lage tavla: { $error }
new-board-bad-kind = «{ $text }» er ingen tavletype: skriv forbedring eller drift (f eller d holder)
new-board-no-name = Tavla må ha et navn
cmd-help-new-board = ny tavle: forbedringstavle eller driftstavle, fra malen
cmd-hint-new-board = ny tavle
cli-new = Lag en ny tavle fra malen: forbedring (forbedringstavle) eller drift (driftstavle)
cli-new-kind = forbedring eller drift (også forbetring, improvement, operations)
cli-new-name = Tavlas navn; filnavnet lages av det
cli-new-dir = Mappen tavla legges i
role-team-leader = Teamleder
role-measurement-lead = Måleansvarlig
cli-new-team-leader = Teamlederen i forbedringsteamet
cli-new-measurement-lead = Måleansvarlig i forbedringsteamet
cli-value-kind = TYPE

## Rutiner, A3 og teamets rapporter (issue 21: forbedring blir rutine; status- og sluttrapport)
routine-doc = Rutine
routine-purpose = Hensikten med denne rutinen
routine-content = Beskriv konkret innholdet i rutinen
routine-arenas = Beskriv møtearenaer hvor erfaringer deles mellom deltakerne
routine-follow-up = Beskriv oppfølging og videreutvikling av rutinen
routine-revision = Rutinen revideres i årlig gjennomgang
routine-revision-date = Dato for årlig gjennomgang
routine-board = Tavle
routine-card = Fra forbedringen
routine-created = Laget
routine-not-written = (ikke fylt ut)
routine-none = Tavla har ingen rutiner ennå.
routines-title = Rutiner
routines-empty = Ingen rutiner ennå. n lager en; et kort som flyttes til Korrigere/standardisere får også tilbud om det.
routines-col-routine = Rutine
routines-col-revision = Revisjon
routines-col-card = Fra kort
routine-dialog-new = Ny rutine (mal for rutiner)
routine-dialog-edit = Endre rutinen
label-routine-purpose = Hensikt
label-routine-content = Innhold
label-routine-arenas = Møtearenaer
label-routine-follow-up = Oppfølging
label-routine-revision = Revisjon
routine-yes = Enter/j: ja
routine-no = Esc/n: nei
routine-offer = Lage en rutine av «{ $card }»?
routine-remove-ask = Fjerne rutinen «{ $routine }»? (u angrer)
routine-exists-for = «{ $card }» har allerede en rutine: «{ $routine }»
routine-written = Rutinen er skrevet til { $path }
routines-overdue = { $count ->
    [one] ⚠ 1 rutine til revisjon
   *[other] ⚠ { $count } rutiner til revisjon
  }
cmd-help-routines = rutinene og deres årlige revisjon
cmd-hint-routines = rutiner
cmd-help-a3 = A3 av det valgte kortet
cmd-hint-a3 = A3
cmd-help-routine-new = ny rutine
cmd-hint-routine-new = ny
cmd-help-routine-edit = endre den valgte rutinen
cmd-hint-routine-edit = endre
cmd-help-routine-remove = fjern den valgte rutinen (spør først; u angrer)
cmd-hint-routine-remove = fjern
cmd-help-routine-revised = revidert i dag: neste revisjon om ett år
cmd-hint-routine-revised = revidert
cmd-help-routine-write = skriv rutinen som Markdown til rutiner/
cmd-hint-routine-write = skriv
a3-title = A3
a3-problem = Problem
a3-description = Beskrivelse
a3-current = Nåsituasjon
a3-root-cause = Rotårsak
a3-whys = Fem hvorfor
a3-goal = Mål
a3-measures = Tiltak
a3-plan = Plan (PDSA)
a3-plan-field = Plan
a3-prediction = Forventet resultat
a3-started = Startet
a3-result = Resultat
a3-measured = Målt
a3-outcome = Resultat
a3-decision = Beslutning
a3-ended = Avsluttet
a3-no-cycles = Ingen PDSA-sykluser ennå.
a3-run-chart = Seriediagram
a3-no-indicator = Kortet er ikke knyttet til en indikator.
a3-median = Median
a3-target = Mål
a3-signals = Signaler
a3-above = over medianen
a3-below = under medianen
a3-on-median = på medianen
a3-benefit = Gevinst
a3-benefit-kind = Type
a3-benefit-who = Gevinstansvarlig
a3-benefit-by = Innen
a3-benefit-how = Slik måles den
a3-owner = Ansvarlig
a3-due = Frist
a3-column = Kolonne
a3-board = Tavle
a3-adopt = ta i bruk
a3-adapt = juster og test igjen
a3-abandon = forkast
a3-avoided-cost = unngåtte kostnader
a3-time-saved = spart tid
a3-better-quality = økt kvalitet
a3-keys = Esc/A: lukk
a3-cycle = Syklus { $n }
team-status-report = Statusrapport
team-final-report = Sluttrapport
team-team = Forbedringsteam
team-unit = Enhet
team-leader = Teamleder
team-measurement-lead = Måleansvarlig
team-date = Dato
team-not-set = (ikke satt)
team-goals = Mål
team-no-goals = Tavla har ingen mål.
team-measures = Tiltak og PDSA-sykluser
team-no-measures = Ingen tiltak på tavla.
team-indicators = Indikatorer
team-no-indicators = Tavla har ingen indikatorer.
team-routines = Rutiner som er laget
team-no-routines = Ingen rutiner er laget ennå.
team-achieved = Hva er oppnådd
team-nothing-achieved = Ingen tiltak er ferdige ennå.
team-benefits = Gevinst
team-no-benefits = Ingen gevinst er beskrevet.
team-kept = Hva videreføres
team-nothing-kept = Ingenting er tatt i bruk ennå.
team-latest = siste
team-effect = Effekt
team-remains = Gjenstår
team-cycles = { $count ->
    [one] 1 PDSA-syklus
   *[other] { $count } PDSA-sykluser
  }
cli-routine = Skriv ut tavlas rutiner som Markdown, med overskriftene fra malen for rutiner
cli-value-routine = RUTINE
cli-routine-routine = Rutinen (id eller tittel); alle når ingen er nevnt
cli-a3 = Skriv ut A3 av et forbedringskort som Markdown
cli-a3-card = Kortet (id eller tittel)
cli-report = Skriv ut teamets statusrapport eller sluttrapport (læringsnettverk) som Markdown
cli-report-status = Statusrapporten
cli-report-final = Sluttrapporten
cli-unknown-routine = { $count ->
    [0] tavla har ingen rutiner, så «{ $name }» finnes ikke
   *[other] tavla har ingen rutine «{ $name }»; rutinene er: { $valid }
  }
cli-ambiguous-routine = «{ $name }» passer til flere rutiner: { $matches }; skriv mer av tittelen eller bruk id-en

## Idea intake (+) and priority matrix (P)
intake-dialog = Ny idé
intake-label-received = Mottatt
intake-choices = Fra: 1 ansatt · 2 bruker · 3 pårørende · 4 annet (skriv hvem) · datoen er i dag om du ikke endrer den
source-ansatt = ansatt
source-bruker = bruker
source-parorende = pårørende
source-other = annet
source-unknown = uten kilde
card-source-from = fra { $source }
overview-sources = Idéer etter kilde: { $list }
matrix-title = Prioriteringsmatrise
matrix-axes = effekt ↑ (rader) × ressursbruk → (kolonner)
matrix-high = høy
matrix-medium = middels
matrix-low = lav
matrix-quick-win = ★ Rask gevinst
matrix-unplaced = Ikke plassert
matrix-no-ideas = Ingen idéer å prioritere
matrix-numpad = 1–9 legger idéen i ruta med det tallet · 0/x tar den ut · Shift+pil flytter den
matrix-more = +{ $count } til
msg-intake-not-improvement = Idéinntak (+) er for forbedringstavler; bruk n for et nytt kort her
msg-intake-no-source = Hvor kom idéen fra? Trykk 1 ansatt, 2 bruker, 3 pårørende eller 4 annet
msg-matrix-place-first = Idéen står ikke i matrisen ennå: plasser den med et tall 1–9
cmd-help-intake = ny idé: kilde, dato og tekst (forbedringstavle)
cmd-hint-intake = idé
cmd-help-matrix-open = prioriteringsmatrise: effekt × ressursbruk
cmd-hint-matrix-open = matrise
cmd-help-matrix-place = plasser idéen i en rute, som på talltastaturet: 7 8 9 høy effekt, 1 2 3 lav; 7 = rask gevinst
cmd-hint-matrix-place = plasser
cmd-help-matrix-unplace = ta idéen ut av matrisen
cmd-hint-matrix-unplace = ta ut
cmd-help-matrix-more-effect = flytt idéen opp: mer effekt
cmd-help-matrix-less-effect = flytt idéen ned: mindre effekt
cmd-help-matrix-less-effort = flytt idéen til venstre: mindre ressursbruk
cmd-help-matrix-more-effort = flytt idéen til høyre: mer ressursbruk
cmd-hint-matrix-move = flytt

## PDSA-kortet: sykluser, evaluering, gevinst og indikator (forbedringstavle)
pdsa-plan = Plan
pdsa-prediction = Prediksjon
pdsa-started = Startet
pdsa-measured = Målt
pdsa-result = Resultat
pdsa-decision = Beslutning
pdsa-ended = Avsluttet
pdsa-q-problem = Problemet
pdsa-q-decided = Besluttet
pdsa-q-done = Gjort
pdsa-q-told = Informert
pdsa-q-seen = Effekt sett
pdsa-q-remains = Gjenstår
pdsa-q-share = Deling
pdsa-benefit-kind = Gevinsttype
pdsa-benefit-who = Ansvarlig
pdsa-benefit-by = Innen
pdsa-benefit-how = Måles slik
pdsa-ask-plan = Plan: hva skal testes, av hvem, hvor og når?
pdsa-ask-prediction = Prediksjon: hva tror dere skjer? Skrives før testen starter.
pdsa-ask-started = Startdato, en dag som har vært (i dag, man, 2.12). Krever prediksjon.
pdsa-ask-measured = Hva ble målt?
pdsa-ask-result = Hva viste målingene, sammenlignet med prediksjonen?
pdsa-ask-decision = Beslutning: ta i bruk, juster eller forkast (t, j eller f holder)
pdsa-ask-ended = Sluttdato, en dag som har vært
pdsa-ask-problem = Hva var problemstillingen?
pdsa-ask-decided = Hva ble besluttet som tiltak?
pdsa-ask-done = Hva er gjort?
pdsa-ask-told = Hvem er informert og hvordan?
pdsa-ask-seen = Hvilken effekt har dere merket av denne forbedringen?
pdsa-ask-remains = Er det noe mer som må gjøres?
pdsa-ask-share = Hvordan skal vi dele informasjon/læring?
pdsa-ask-kind = Gevinsttype: unngåtte kostnader, spart tid eller økt kvalitet (1, 2 eller 3)
pdsa-ask-who = Hvem har ansvar for at gevinsten blir realisert?
pdsa-ask-by = Innen når, en dag som kommer (fre, uke 10, 1.3.2027)
pdsa-ask-how = Hvordan vet vi at gevinsten er realisert? Hvordan måle og rapportere?
pdsa-cycles = PDSA-sykluser
pdsa-no-cycles = Ingen PDSA-syklus ennå (c starter en)
pdsa-new-cycle = Ny PDSA-syklus
pdsa-cycle-title = PDSA-syklus { $n }
pdsa-cycle-of = Syklus { $n } av { $total }
pdsa-evaluation = Evaluering
pdsa-no-evaluation = Ikke evaluert ennå (v)
pdsa-benefit = Gevinst
pdsa-no-benefit = Ingen gevinstplan ennå (b)
pdsa-benefit-form = Gevinstplan
pdsa-indicator = Indikator
pdsa-no-indicator = Ingen indikator koblet til (i)
pdsa-link-indicator = Koble kortet til en indikator
pdsa-unlink = (ingen indikator)
pdsa-picker-keys = ↑↓ velg · Enter koble · Esc avbryt
pdsa-minutes-heading = Forbedringsarbeid
pdsa-no-signal = ingen signal
pdsa-adopt = ta i bruk
pdsa-adapt = juster
pdsa-abandon = forkast
pdsa-kind-avoided-cost = Unngåtte kostnader
pdsa-kind-time-saved = Spart tid
pdsa-kind-better-quality = Økt kvalitet
pdsa-adapt-next = Justert: neste steg er en ny syklus, syklus { $n } (c)
pdsa-msg-prediction-first = Skriv prediksjonen før syklusen startes: hva tror dere skjer? (ikke lagret)
pdsa-msg-bad-decision = «{ $text }» er ingen beslutning: skriv ta i bruk, juster eller forkast
pdsa-msg-bad-kind = «{ $text }» er ingen gevinsttype: skriv unngåtte kostnader, spart tid eller økt kvalitet (1–3)
pdsa-msg-by-past = { $date } har vært: gevinsten realiseres innen en dag som kommer
pdsa-msg-ended-before-started = Syklusen kan ikke slutte før den startet
pdsa-msg-no-cycle = Kortet har ingen PDSA-syklus ennå: c starter en
pdsa-msg-no-indicators = Tavla har ingen indikatorer å koble kortet til
cmd-help-pdsa-new = start en ny PDSA-syklus (plan og prediksjon først)
cmd-help-pdsa-edit = skriv i den siste PDSA-syklusen: start, målt, resultat, beslutning
cmd-help-pdsa-evaluate = svar på evalueringsspørsmålene
cmd-help-pdsa-indicator = koble kortet til en indikator (kjørediagrammet vises på kortet)
cmd-help-pdsa-benefit = gevinsttype og gevinstplan: hvem, innen når, hvordan måles
cmd-hint-pdsa-new = ny syklus
cmd-hint-pdsa-edit = syklus
cmd-hint-pdsa-evaluate = evaluer
pdsa-role-team-leader = Teamleder
pdsa-role-measurement-lead = Måleansvarlig
pdsa-role-set = { $role }: { $name }
pdsa-role-empty = { $role }: ingen
pdsa-routine-added = Rutine laget: { $title } (revideres { $revision })
pdsa-routine-changed = Rutine endret: { $title } ({ $fields })
pdsa-routine-removed = Rutine fjernet: { $title }
pdsa-edited-evaluation = evalueringen skrevet
pdsa-edited-benefit = gevinstplanen endret
pdsa-edited-indicator = indikatoren koblet
pdsa-edited-cycles = PDSA-syklusene endret
pdsa-edited-a3 = A3 endret

## Målerunden: måleansvarliges runde (issue 22 punkt 5, seed 001)
every-week = hver uke
every-month = hver måned
every-quarter = hvert kvartal
every-year = hvert år
every-days = { $count ->
    [1] hver dag
   *[other] hver { $count }. dag
}
diag-bad-every = ukjent hyppighet i "every": `{ $value }`
diag-bad-every-hint = skriv week, month, quarter, year eller et antall dager som "14 days"; indikatoren er ikke med i målerunden før det er rettet
round-title = Målerunde { $date }
round-count = { $count ->
    [0] ingenting skal måles
    [1] 1 indikator skal måles
   *[other] { $count } indikatorer skal måles
}
round-who = Måles av: { $who }
round-no-one = ingen måleansvarlig
round-last = sist { $value } ({ $date })
round-never = aldri målt
round-due = frist { $date }
round-due-now = skal måles nå
round-unreadable = { $file } kan ikke leses og er ikke med (se tavle check)
round-col-indicator = Indikator
round-col-every = Hvor ofte
round-col-who = Måles av
round-col-last = Sist målt
round-col-due = Frist
round-col-value = Verdi i dag
round-name = Målerunde
round-done = registrert
round-empty = Ingen indikatorer skal måles i dag.
round-all-done = Alle verdiene er registrert.
round-help-line = Skriv verdien og trykk Enter. Tab/↓ hopper over, ↑ går tilbake.
cmd-help-round-open = målerunden: skriv inn dagens verdier for alle indikatorer som skal måles
cmd-hint-round-open = målerunde
cmd-help-round-save = lagre verdien (dato: i dag) og gå til neste
cmd-hint-round-save = lagre
cmd-help-round-skip = hopp over denne indikatoren
cmd-hint-round-skip = hopp over
cli-round = Indikatorene som skal måles i dag, på alle tavlene i mappen (for måleansvarlig)
cli-round-dir = Mappen med tavler
cli-round-who = Bare det denne personen måler
cli-round-format = text, markdown eller json
cli-round-exit = Avslutningskode 0 enten noe skal måles eller ikke; 2 når mappen ikke finnes.

## Driftstavle: bemanning, risiko, avvik og årshjul (sak 22)
merge-element-staffing = Bemanning
merge-element-risk = Risiko
merge-element-deviation = Avvik
merge-element-event = Årshjul-hendelse
id-kind-risk = risiko
id-kind-deviation = avvik
id-kind-event = årshjul-hendelse
id-kind-staffing = bemanning
diag-unknown-link = viser til { $kind } som ikke finnes: `{ $id }`
diag-unknown-shift = bemanning for en vakt tavla ikke har: `{ $shift }`
diag-unknown-shift-hint = legg vakta til i "staffing"."shifts", eller rett navnet
ops-msg-shift-gone = tavla har ingen vakt { $shift }
ops-msg-shift-exists = tavla har vakta { $shift } allerede
ops-msg-staff-exists = bemanningen for { $entry } finnes allerede
ops-msg-below-zero = Færre enn 0 kan ikke være til stede
ops-msg-risk-gone = risikoen { $risk } finnes ikke lenger
ops-msg-risk-exists = risikoen { $risk } finnes allerede
ops-msg-one-to-five = Sannsynlighet og konsekvens er 1 til 5, ikke { $value }
ops-msg-deviation-gone = avviket { $deviation } finnes ikke lenger
ops-msg-deviation-exists = avviket { $deviation } finnes allerede
ops-msg-already-linked = Tiltakskortet { $card } er laget allerede
ops-msg-event-gone = hendelsen { $event } finnes ikke lenger i årshjulet
ops-msg-event-exists = hendelsen { $event } finnes allerede i årshjulet
ops-msg-no-such-week = Det finnes ingen uke { $week }
ops-msg-already-made = Hendelsen { $event } har fått sitt kort for { $year } allerede
ops-msg-not-made = Hendelsen { $event } har ikke fått noe kort for { $year }
ops-level-low = lav
ops-level-medium = middels
ops-level-high = høy
ops-staff-missing = Bemanning { $shift } { $date }: { $present } av { $planned } til stede, { $missing } mangler
ops-staff-set = Bemanning { $shift } { $date }: { $present } av { $planned } til stede
ops-staff-present = Bemanning { $shift } { $date }: { $present } til stede
ops-staff-cleared = Bemanning { $shift } { $date }: tatt bort
ops-shifts-set = Vaktene er nå: { $shifts }
ops-staff-rolled-off = { $count ->
    [one] Bemanningen for én dag som har vært, er ryddet bort
   *[other] { $count } bemanningstall for dager som har vært, er ryddet bort
}
ops-staff-put-back = { $count ->
    [one] Ett bemanningstall er lagt tilbake
   *[other] { $count } bemanningstall er lagt tilbake
}
ops-risk-added = Risiko lagt til: { $title } (sannsynlighet { $likelihood }, konsekvens { $consequence }, { $level })
ops-risk-changed = Risiko endret: { $title } ({ $fields }; sannsynlighet { $likelihood }, konsekvens { $consequence }, { $level })
ops-risk-removed = Risiko fjernet: { $title }
ops-deviation-added = Avvik registrert { $date }: { $category }
ops-deviation-changed = Avvik endret: { $category } ({ $fields })
ops-deviation-removed = Avvik fjernet: { $category }
ops-measure-from-risk = Tiltak laget av risiko { $risk }: { $title }
ops-measure-from-deviation = Tiltak laget av avvik { $deviation }: { $title }
ops-measure-made = Tiltak laget: { $title }
ops-event-added = Årshjul: { $title } lagt til i uke { $week }
ops-event-changed = Årshjul: { $title } endret ({ $fields }), uke { $week }
ops-event-removed = Årshjul: { $title } fjernet
ops-event-card = Årshjul uke { $week } { $year }: { $title } ble kortet { $card }
ops-minutes-heading = Bemanning, risikoer, avvik og årshjul

ops-panel-goals = Mål og indikatorer
ops-panel-staffing = Bemanning i dag
ops-panel-risks = Risiko og avvik
ops-panel-measures = Tiltak
ops-panel-deadlines = Frister og årshjul
ops-panel-not-shown = Denne tavla viser ikke { $panel }: legg til "{ $name }" i tavlas "panels" for å vise det
cmd-help-focus-goals = gå til mål og indikatorer
cmd-hint-focus-goals = mål
cmd-help-focus-staffing = gå til bemanningen
cmd-hint-focus-staffing = bemanning
cmd-help-focus-risks = gå til risiko og avvik
cmd-hint-focus-risks = risiko
cmd-help-focus-measures = gå til tiltakene (kolonnene)
cmd-hint-focus-measures = tiltak
cmd-help-focus-deadlines = gå til frister og årshjul
cmd-hint-focus-deadlines = frister

## Risks and deviations panel, deadlines and annual wheel panel (issue 22)
cmd-help-ops-new-risk = registrer en ny risiko: tittel, sannsynlighet og konsekvens (1–5), ansvarlig
cmd-hint-ops-new-risk = ny risiko
cmd-help-ops-new-deviation = registrer et avvik: dato, kategori og en kort tekst uten personopplysninger
cmd-hint-ops-new-deviation = nytt avvik
cmd-help-ops-other-list = bytt mellom risikoene og avvikene
cmd-hint-ops-other-list = risiko/avvik
cmd-help-ops-edit-item = endre det valgte
cmd-hint-ops-edit-item = endre
cmd-help-ops-remove-item = ta bort det valgte (spør først; u angrer)
cmd-hint-ops-remove-item = ta bort
cmd-help-ops-make-measure = lag et tiltakskort av det valgte
cmd-hint-ops-make-measure = lag kort
cmd-help-ops-new-event = ny hendelse i årshjulet: uke, tittel og rolle
cmd-hint-ops-new-event = ny hendelse
cmd-help-ops-wheel-view = vis årshjulet som stripe eller som ring
cmd-hint-ops-wheel-view = stripe/ring
ops-label-likelihood = Sannsynlighet
ops-label-consequence = Konsekvens
ops-label-category = Kategori
ops-label-text = Hva skjedde
ops-label-week = Uke
ops-label-role = Rolle
ops-dialog-new-risk = Ny risiko
ops-dialog-edit-risk = Endre risiko
ops-dialog-new-deviation = Nytt avvik
ops-dialog-edit-deviation = Endre avvik
ops-dialog-new-event = Ny hendelse i årshjulet
ops-dialog-edit-event = Endre hendelse i årshjulet
ops-form-scale = 1 = svært lite sannsynlig / ubetydelig · 5 = svært sannsynlig / svært alvorlig
ops-form-identity = Teksten ser ut til å inneholde et fødselsnummer: det lagres maskert. Skriv uten personopplysninger.
ops-form-roles = 1 leder · 2 teamleder · 3 måleansvarlig · tomt = ingen
ops-form-categories = Brukt før: { $categories }
ops-risks-title = Risikoer
ops-risks-none = Ingen risikoer. n = ny risiko
ops-deviations-title = Avvik
ops-deviations-none = Ingen avvik. a = nytt avvik
ops-deviations-week = Avvik denne uka (uke { $week }): { $count }
ops-per-week = Avvik per uke
ops-to-measure = → tiltak
ops-axis-likelihood = S
ops-axis-consequence = K
ops-remove-ask = Ta bort «{ $title }»? x = ja · Esc = nei
ops-week-this = Uke { $week } – denne uka
ops-week-next = Uke { $week } – neste uke
ops-week-earlier = Forfalt før denne uka
ops-deadlines-none = ingen frister
ops-of-card = kort
ops-of-goal = mål
ops-of-revision = revisjon
ops-overdue = forfalt
ops-wheel-ahead = Årshjulet, ukene framover
ops-wheel-none = Ingen hendelser i årshjulet. n = ny hendelse
ops-wheel-to-card = → kort
ops-wheel-made = kort { $card }
ops-wheel-year = Året { $year }
ops-strip-legend = ◉ hendelse · ▼ denne uka
ops-role-leader = leder
ops-role-team-leader = teamleder
ops-role-measurement-lead = måleansvarlig
ops-msg-not-one-to-five = «{ $text }» er ikke et tall fra 1 til 5
ops-msg-not-a-week = «{ $text }» er ikke en uke fra 1 til 53
ops-msg-unknown-role = «{ $text }» er ingen rolle: skriv 1 leder, 2 teamleder, 3 måleansvarlig eller la feltet stå tomt
ops-msg-not-due = Bare en hendelse som står for tur (merket → kort) blir kort med c
ops-msg-not-a-card = Enter åpner et kort: velg et korts frist eller en hendelse som er blitt kort (✓)
ops-week-word = uke
ops-symbol-risk-low = lav risiko (sannsynlighet × konsekvens 1–4)
ops-symbol-risk-medium = middels risiko (5–12)
ops-symbol-risk-high = høy risiko (15–25)
ops-symbol-wheel-event = hendelse i årshjulet
ops-symbol-this-week = denne uka
ops-symbol-to-card = har blitt eller blir et kort

## Driftstavla på skjermen: bemanningspanelet (sak 22, del 2)
staff-shift = Vakt
staff-planned = Planlagt
staff-present = Til stede
staff-full = ✓ fullt
staff-not-a-shift = ikke en av tavlas vakter
staff-count = Antall
staff-new-shift = Ny vakt
staff-no-figures = Ingen tall for i dag ennå: p setter hvor mange som er planlagt
staff-gap = ▼ { $missing } mangler
staff-total = { $missing ->
    [0] I dag er alle vakter med tall fullt bemannet
   *[other] I dag mangler { $missing }
}
staff-remove-ask = Ta bort vakten «{ $shift }»? Tallene som er ført for den, blir stående.
staff-msg-unknown = { $shift } har ingen tall i dag ennå: p setter hvor mange som er planlagt, Enter hvor mange som er til stede
staff-msg-bad-count = «{ $text }» er ikke et antall: skriv et helt tall fra 0, eller la feltet stå tomt
cmd-help-ops-more-present = én til er til stede på vakten
cmd-hint-ops-more-present = én til
cmd-help-ops-fewer-present = én færre til stede (sykmelding)
cmd-hint-ops-fewer-present = én færre
cmd-help-ops-set-present = skriv hvor mange som er til stede
cmd-hint-ops-set-present = til stede
cmd-help-ops-set-planned = skriv hvor mange som er planlagt
cmd-hint-ops-set-planned = planlagt
cmd-help-ops-add-shift = ny vakt
cmd-hint-ops-add-shift = ny vakt
cmd-help-ops-remove-shift = ta bort vakten (spør først)
cmd-hint-ops-remove-shift = ta bort

## Settings (tavle.toml)
settings-at = { $file }:{ $line }:{ $column }: { $what } (tavle bruker standardverdien)
settings-syntax = filen er ikke gyldig TOML ({ $detail }): rett linjen, eller ta filen bort
settings-unknown = tavle kjenner ikke innstillingen «{ $key }»: ta den bort (se docs/settings.md)
settings-unknown-like = tavle kjenner ikke innstillingen «{ $key }»: mente du «{ $like }»?
settings-only-team = «{ $key }» hører hjemme i tavle.toml i tavlemappen, ikke i din egen
settings-only-person = «{ $key }» hører hjemme i din egen tavle.toml: i tavlemappen ville den gjelde alle
settings-bad-lang = «{ $key }» må være nb, nn eller en
settings-bad-theme = «{ $key }» må være dark, light, colour-safe eller mono
settings-bad-minutes = «{ $key }» må være et helt antall minutter fra 1 til 1440
settings-bad-seconds = «{ $key }» må være et antall sekunder fra 0,5 til 3600 (skriv 1.5 med punktum)
settings-bad-screens = «{ $key }» må være en liste av overview, boards og indicators, for eksempel ["overview", "boards"]
settings-bad-table = «{ $key }» må være en tabell: [{ $key }] på en egen linje, med innstillingene under
settings-bad-name = «{ $key }» må være et navn på én linje i anførselstegn
msg-settings-more = { $first } (og { $more } til: tavle check viser alle)
start-interval-bad = --interval { $value }: skriv hvor mange sekunder hver skjerm skal vises, fra 0,5 til 3600, for eksempel --interval 20
start-theme-bad = --theme { $value }: temaet finnes ikke; velg dark, light, colour-safe eller mono
cli-wall = Vis tavlene på en veggskjerm: bare lesing, skifter skjerm av seg selv, følger endringer (en tast setter på pause, q avslutter)
cli-interval = Med --wall: hvor mange sekunder hver skjerm vises (standard 20, eller [wall] interval i tavle.toml)
cli-theme = Fargene: dark, light (høy kontrast for lyse rom og prosjektor), colour-safe (trafikklys for fargeblinde) eller mono
cli-env-cache = Hvor tavlenes rekkefølge fra forrige gang lagres, så en stor mappes verste tavler leses først: $XDG_CACHE_HOME/tavle, ellers $HOME/.cache/tavle (Windows: %LOCALAPPDATA%\tavle); bare tall, datoer og filnavn, lesbart bare for deg
cli-env-no-color = Hvilken verdi som helst: ingen farger (temaet mono), når --theme ikke er gitt
cli-value-theme = TEMA
settings-not-text = innholdet er ikke UTF-8-tekst
settings-unreadable = filen kan ikke leses ({ $why })

## Wallboard (tavle --wall)
wall-place = { $at } av { $of }
wall-paused = ⏸ pause: mellomrom går videre, q avslutter
wall-changed-now = ✱ endret nå
wall-changed = sist endret { $when }
wall-never-changed = ingen endring registrert
wall-empty = Ingen tavler å vise i mappen ennå. Tavlene kommer fram her så snart de legges i mappen.
cmd-help-wall-pause = pause, eller videre etter pause (alle andre taster setter også på pause)
cmd-hint-wall-pause = pause/videre
cmd-help-wall-next = neste eller forrige skjerm (og pause)
cmd-hint-wall-next = neste/forrige
cmd-help-wall-prev = forrige skjerm (og pause)
cmd-hint-wall-prev = forrige
cmd-help-wall-quit = avslutt tavleveggen
cmd-hint-wall-quit = avslutt

## Rommet: fargetema, stor skrift og zoom (sak 23, del 1 og 3)
room-theme-dark = mørkt
room-theme-light = lyst, høy kontrast
room-theme-colour-safe = fargesikkert (blå–gul–oransje)
room-theme-mono = svart-hvitt
room-msg-theme = Fargetema: { $theme }
room-msg-no-card = Ingen kort er valgt: velg et kort med piltastene og trykk z igjen
room-zoom-no-owner = ingen ansvarlig
room-zoom-no-due = ingen frist
room-zoom-no-light = uten lys
room-zoom-done = ferdig
cmd-help-theme = neste fargetema
cmd-hint-theme = tema
cmd-help-zoom = det valgte kortet i stor skrift
cmd-hint-zoom = zoom
cmd-help-big-header = stor tittel og møteklokke
cmd-hint-big-header = stor tittel
cmd-help-zoom-close = lukk den store visningen
cmd-hint-zoom-close = lukk
views-symbol-big-letters = store bokstaver (z, Z, den store klokka)

## Statussiden for dem som ikke er i rommet (sak 23, del 4): tavle status --format html
status-page-updated = Oppdatert { $date } kl. { $time }
status-page-boards = Tavlene
status-page-light = Lys
status-page-no-red = Ingen røde eller forfalte tiltak.
status-page-measure = Tiltak
status-page-indicators = Indikatorer
status-page-chart = Seriediagram for «{ $title }»: { $count } målinger fra { $from } til { $to }
status-page-no-values = Ingen målinger ennå.
status-page-broken = kunne ikke leses
status-page-stale = Tavla kunne ikke leses nå ({ $error }). Siden viser det den sist inneholdt.
status-page-legend = Tegnforklaring
status-page-lights-note = Hvert lys har sin egen form og sitt eget ord, så siden kan leses uten farger og skrives ut i svart-hvitt.
status-page-refresh-note = tavle holder siden oppdatert mens tavlene endres, og nettleseren laster den inn på nytt hvert { $seconds }. sekund.
status-page-footer = Laget av tavle. Siden har ingen skript og henter ingenting utenfra.
status-page-not-written = Statussiden ble ikke skrevet: { $reason }
status-page-watching = Holder { $file } oppdatert mens tavlene i { $dir } endres. Ctrl+C avslutter.
status-page-watch-error = Mappen kunne ikke følges: { $error }
status-page-out-is-board = { $file } ville bli lest som en tavle i mappen: velg et annet navn (for eksempel status.html) eller en annen mappe
cli-status-out = Skriv til denne filen i stedet for på skjermen
cli-status-watch = Hold filen oppdatert mens tavlene endres (krever --out)

## Polling: what a screen costs the file server (tavle check --stats)

cli-check-stats = Vis hva det koster å følge mappen ved polling: antall tavler, byte lest per runde og hvor lang tid en runde tar
stats-head = Polling av { $dir } hvert { $interval } s (målt { $at }):
stats-boards = tavler: { $count }
stats-first = første runde (leser alle filer): { $bytes } fra { $files } { $files ->
    [one] fil
   *[other] filer
}, { $ms } ms
stats-quiet = runde uten endringer: { $bytes } fra { $files } { $files ->
    [one] fil
   *[other] filer
}, { $stats } stat-kall, { $ms } ms
stats-average = i snitt: { $rate }/s per skjerm med én tavle åpen (hver fil leses likevel på nytt minst hvert { $minutes }. minutt)

## The folder's first reading (a large folder, in the background)

loading-boards = Leser tavlene … { $read } av { $total }
loading-board = Leser tavla …
