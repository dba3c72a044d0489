# Norsk nynorsk. Every message of nb/tavle.ftl, with the same variables
# (tests/i18n.rs checks). Written as a nynorsk-writing municipality writes:
# tavla, veke, avgjerd, ansvarleg, ikkje, kva, kven. Fluent text cannot hold
# a bare { or }: write {"{"} and {"}"}.

## Numbers and dates

decimal-separator = {","}
weekday-mon = måndag
weekday-tue = tysdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = laurdag
weekday-sun = sundag
weekday-short-mon = mån
weekday-short-tue = tys
weekday-short-wed = ons
weekday-short-thu = tor
weekday-short-fri = fre
weekday-short-sat = lau
weekday-short-sun = sun
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
# "tysdag 24. november 2026"
date-long = { $weekday } { $day }. { $month } { $year }
week-number = veke { $week }

## Reading board files: what was expected and found

expected-object = eit objekt ({"{"} … {"}"})
expected-array = ei liste ([ … ])
expected-string = ein tekst i hermeteikn
expected-number = eit tal
expected-whole-number = eit heiltal
expected-bool = true eller false
found-object = eit objekt
found-array = ei liste
found-string = ein tekst
found-number = eit tal
found-bool = true/false
found-null = null
id-kind-column = kolonne
id-kind-card = kort
id-kind-goal = mål
id-kind-indicator = indikator
id-kind-decision = avgjerd

## JSON syntax errors ($char is `x` or U+0009)

syntax-unexpected-end = fila sluttar midt i ein verdi
syntax-unexpected-end-hint = manglar det ein `{"}"}`, `]` eller `"`? Kanskje fila berre er halvvegs lagra
syntax-unexpected-char = uventa teikn { $char }
syntax-unexpected-char-hint = ein verdi er ein tekst i "hermeteikn", eit tal, true, false, null, {"{"} … {"}"} eller [ … ]
syntax-expected-comma-or-brace = venta `,` eller `{"}"}` her, fann { $char }
syntax-expected-comma-or-brace-hint = manglar det eit komma på slutten av linja før?
syntax-expected-comma-or-bracket = venta `,` eller `]` her, fann { $char }
syntax-expected-comma-or-bracket-hint = manglar det eit komma mellom to element i lista?
syntax-expected-colon = venta `:` etter namnet, fann { $char }
syntax-expected-key = venta eit feltnamn i "hermeteikn", fann { $char }
syntax-trailing-comma = komma framfor `{"}"}` eller `]`
syntax-trailing-comma-hint = fjern kommaet etter det siste elementet
syntax-control-in-string = linjeskift eller tabulator inne i ein tekst
syntax-control-in-string-hint = skriv \n for linjeskift og \t for tabulator, eller manglar det avsluttande " i ein tekst?
syntax-control-char = kontrollteikn { $code } inne i ein tekst
syntax-control-char-hint = fjern teiknet eller skriv det som { $escape }; eit slikt teikn kjem ofte frå ei skadd fil eller ein kopi frå eit anna program
syntax-bad-escape = ukjend \-sekvens i ein tekst
syntax-bad-escape-hint = skriv \\ for ein omvend skråstrek
syntax-bad-unicode-escape = ugyldig \u-sekvens i ein tekst
syntax-bad-number = ugyldig tal
syntax-bad-number-hint = bruk punktum som desimalteikn (6.2, ikkje 6,2) og ingen innleiande nullar
syntax-trailing-text = meir tekst etter slutten av tavla
syntax-trailing-text-hint = ei tavlefil har eitt objekt {"{"} … {"}"}; er det ein `{"}"}` for mykje?
syntax-too-deep = for djupt nøsta (over 128 nivå)
syntax-single-quote = tekst i enkle hermeteikn
syntax-single-quote-hint = JSON bruker doble hermeteikn: "slik"
syntax-comment = kommentarar er ikkje lov i JSON
syntax-comment-hint = legg merknaden i eit eige felt, til dømes "note"

## Problems in a board file

diag-io = kan ikkje lese fila: { $error }
diag-too-large = fila er for stor ({ $size } MB; grensa er { $limit } MB)
diag-too-large-hint = er dette verkeleg ei tavlefil? Arkiverte kort kan flyttast til ei eiga fil
diag-empty = fila er tom
diag-empty-hint = ei tavle treng minst {"{"}"tavle": 1, "title": "…", "kind": "drift"{"}"}; sjå docs/format.md
diag-utf16 = fila er lagra som UTF-16, ikkje UTF-8
diag-utf16-hint = i Notisblokk: Fil → Lagre som → Koding: UTF-8
diag-not-utf8 = fila er ikkje UTF-8 (kanskje Latin-1/Windows-1252)
diag-not-utf8-hint = lagre fila på nytt som UTF-8; i Notisblokk: Fil → Lagre som → Koding: UTF-8
diag-wrong-type = venta { $expected }, fann { $found }
diag-number-in-quotes-hint = tal blir skrivne utan hermeteikn: 6.2
diag-text-without-quotes-hint = set teksten i hermeteikn: "…"
diag-missing = manglar feltet `{ $field }`
diag-missing-tavle-hint = legg til "tavle": 1 øvst i fila
diag-duplicate-key = feltet `{ $key }` står to gonger i same objekt
diag-duplicate-key-hint = berre det siste blir brukt; fjern det eine
# $allowed is a list such as `drift`, `forbedring`
diag-unknown-value = ukjend verdi `{ $value }`; lovlege verdiar er { $allowed }
diag-did-you-mean-hint = meinte du `{ $suggestion }`?
diag-bad-date = `{ $value }` er ikkje ein dato på forma ÅÅÅÅ-MM-DD
diag-bad-date-hint = skriv til dømes "2026-12-01" for 1. desember 2026
diag-bad-timestamp = `{ $value }` er ikkje eit tidspunkt (RFC 3339)
diag-bad-timestamp-hint = skriv til dømes "2026-11-24T08:15:00+01:00"
diag-too-small = `{ $value }` er for lite; minste verdi er { $min }
diag-out-of-range = `{ $value }` er utanfor området { $min } til { $max }
diag-newer-version = formatversjon { $found } er nyare enn { $known }, den nyaste denne tavle kjenner
diag-newer-version-hint = oppgrader tavle; til då blir fila opna berre for lesing
# $kind is one of the id-kind-* words
diag-duplicate-id = { $kind } `{ $id }` finst frå før (id-ar må vere unike)
diag-unknown-column = kortet står i ein kolonne som ikkje finst: `{ $id }`
diag-unknown-column-hint = bruk id-en til ein av kolonnane i "columns"
diag-unknown-card = viser til eit kort som ikkje finst: `{ $id }`
diag-unknown-goal = viser til eit mål som ikkje finst: `{ $id }`
diag-unknown-goal-hint = bruk id-en til eitt av måla i "goals"
diag-unknown-parent = det overordna målet `{ $id }` til delmålet finst ikkje
diag-goal-cycle = målet `{ $id }` er sitt eige overordna mål (ein ring av parent)
diag-empty-id = tom id
diag-no-owner = tiltaket `{ $card }` har ingen ansvarleg (ikkje SMART)
diag-no-owner-hint = set "owner" til den som har ansvaret
diag-no-due = tiltaket `{ $card }` har ingen frist (ikkje SMART)
diag-no-due-hint = set "due", til dømes "2026-12-01"
diag-no-target = målet `{ $goal }` har ikkje noko målbart mål (ikkje SMART)
diag-no-target-hint = set "target", til dømes "Under 5 % sjukefråvær innan juni 2027"
diag-wip-exceeded = kolonnen `{ $column }` har { $count } kort (grensa er { $limit })
diag-no-columns = tavla har kort, men ingen kolonnar
diag-values-out-of-order = målingane står ikkje i datorekkjefølgje
diag-values-out-of-order-hint = eldste måling først

## tavle check and tavle fmt

hint-label = tips
check-summary = { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    } sjekka: { $errors } feil, { $warnings ->
        [one] { $warnings } åtvaring
       *[other] { $warnings } åtvaringar
    }
no-board-files = ingen tavlefiler (*.json) i { $dir }
no-such-path = finn ikkje mappa eller fila: { $path }
cannot-list = kan ikkje lese mappa { $path }: { $error }
fmt-skipped = { $path }: har feil og vart ikkje endra (køyr tavle check)
fmt-not-canonical = { $path }: har ikkje fast oppsett
fmt-rewritten = { $path }: skriven om

## The command line (--help)

cli-usage = Bruk
cli-commands = Kommandoar
cli-arguments = Argument
cli-options = Val
cli-options-placeholder = VAL
cli-command-placeholder = KOMMANDO
cli-help-flag = Skriv ut hjelp
cli-version-flag = Skriv ut versjonen
cli-help-command = Skriv ut denne hjelpa eller hjelpa til dei gjevne kommandoane
cli-help-command-arg = Kommandoen du vil ha hjelp til
cli-default = [standard: { $value }]
cli-possible-values = [moglege verdiar: { $values }]
cli-value-lang = SPRÅK
cli-value-path = STI
cli-value-secs = SEK
cli-value-dir = MAPPE
cli-value-board = TAVLE
cli-value-card = KORT
cli-value-column = KOLONNE
cli-value-title = TITTEL
cli-value-owner = ANSVARLEG
cli-value-due = FRIST
cli-value-light = LYS
cli-value-text = TEKST
cli-value-date = DATO
cli-value-indicator = INDIKATOR
cli-value-value = VERDI
cli-value-file = FIL
cli-value-format = FORMAT
cli-about = Tavle for tavlemøte: drifts- og forbetringstavler frå JSON-filer i ei delt mappe
cli-lang = Språk: nb (bokmål, standard), nn (nynorsk) eller en (engelsk); også TAVLE_LANG, elles LC_ALL/LC_MESSAGES/LANG. Eit ukjent --lang stoppar med kode 2; eit ukjent TAVLE_LANG gjev ei åtvaring og vert ikkje brukt
cli-check = Sjekk alle tavlefilene i ei mappe og skriv ut kvart problem som fil:linje:kolonne
cli-check-path = Mappa (eller éi tavlefil) som skal sjekkast
cli-check-strict = Rekn åtvaringar som feil (avslutt med 1)
cli-check-fix = Gje kort og avgjerder som har same id, kvar sin (avgjerdene følgjer kortet dei gjeld)
cli-check-fixed = { $kind ->
    [card] kort
   *[decision] avgjerd
  } { $from } «{ $title }» har fått ny id: { $to }
cli-schema = Skriv ut JSON Schema for tavleformatet (til redigeringsverktøy og skript)
cli-path = Mappa med tavlefiler, eller éi tavlefil som blir opna med ein gong
cli-poll = Sjekk mappa kvart SEK. sekund ({ $min } til { $max }) i staden for å vente på varsel (for nettverksdiskar)
cli-card = Endre kort frå eit skript (same trygge lagring som skjermen)
cli-dir = Mappa med tavlefiler når TAVLE er ein id eller ein tittel
cli-card-add = Legg til eit kort; skriv ut id-en til det nye kortet
cli-card-set = Endre felt på eit kort
cli-card-move = Flytt eit kort til ein kolonne
cli-card-archive = Arkiver eit kort (det blir liggjande i fila, skjult)
cli-card-restore = Hent tilbake eit arkivert kort
cli-card-board = Tavla: ei fil, eller id-en eller tittelen til ei tavle i --dir
cli-card-card = Kortet: id-en eller tittelen (starten er nok når han er eintydig)
cli-card-column = Kolonnen: id-en eller tittelen, til dømes Pågår (standard: den første)
cli-card-title = Tittel
cli-card-owner = Ansvarleg (tom tekst fjernar)
cli-card-due = Frist: 2026-12-01, 1.12, fre, +3d, veke 49 (ingen fjernar)
cli-card-light = Trafikklys: green, yellow, red eller none (grønn, gul, rød og ingen går også)
cli-decision = Loggfør avgjerder frå eit skript
cli-decision-add = Loggfør ei avgjerd; skriv ut id-en
cli-decision-text = Kva som vart avgjort
cli-decision-owner = Kven som følgjer opp
cli-decision-card = Kortet avgjerda gjeld
cli-minutes = Skriv ut referatet frå møtet til ei tavle som Markdown
cli-minutes-date = Møtedatoen (standard: i dag)
cli-measure = Registrer målingar frå eit skript eller ei CSV-fil
cli-measure-add = Registrer éi måling (same dato blir erstatta)
cli-measure-import = Importer målingar frå CSV med kolonnane indikator;dato;verdi (; og desimalkomma går fint)
cli-measure-indicator = Indikatoren: id-en eller tittelen
cli-measure-value = Verdien, til dømes 6,2
cli-measure-date = Datoen (standard: i dag)
cli-measure-file = CSV-fila
cli-measure-skip-bad = Importer dei gode radene sjølv om nokre rader har feil
cli-status = Skriv ut status for alle tavlene til rapporten for leiargruppa
cli-status-path = Mappa med tavlefiler, eller éi tavlefil
cli-status-format = text, markdown, json eller html (sjå docs/status.md og docs/status-page.md)
cli-status-owner = Berre det denne personen er ansvarleg for
cli-unlock = Bryt ein gammal lås etter eit krasj (TAVLE.json.lock)
cli-fmt = Skriv tavlefiler om til fast oppsett (2 mellomrom, fast rekkjefølgje på felta) og gje delte id-ar kvar sin; filer med feil blir ikkje rørte
cli-fmt-check = Berre vis kva filer som ikkje har fast oppsett (avslutt med 1 om nokon har det)

## Messages on screen and from commands

msg-watch-notify = følgjer mappa
msg-watch-poll = sjekkar mappa kvart { $secs } s ({ $reason })
msg-watch-error = feil frå filovervakinga, les alt på nytt: { $error }
msg-board-added = ny tavle: { $board }
msg-board-deleted = tavla { $board } er sletta frå mappa
msg-board-missing = fila er borte akkurat no; ventar på at ho kjem tilbake
msg-file-broken = fila har ein feil på linje { $line }:{ $col }; viser siste gode versjon, berre for lesing
msg-newer-format = fila har nyare format, versjon { $version }; opna berre for lesing
msg-would-be-too-large = Ikkje lagra: tavla ville blitt for stor ({ $why }), og tavle les ikkje så store filer. Fila er uendra; arkiverte kort kan flyttast til ei eiga fil.
msg-kept-changing = Ikkje lagra: eit anna program skreiv til tavla heile tida medan endringa vart lagra. Fila er slik det programmet let henne; prøv igjen.
msg-duplicate-ids = Ikkje lagra: fleire kort eller avgjerder har same id ({ $ids }), så ei endring kunne nådd feil kort. Køyr `tavle check --fix` (eller `tavle fmt`), som gjev dei kvar sin id.
msg-card-gone = kortet { $card } finst ikkje lenger (sletta ein annan stad)
msg-column-gone = kolonnen { $column } finst ikkje lenger
msg-card-exists = kortet { $card } finst allereie
msg-empty-title = tittelen kan ikkje vere tom
msg-bad-due = `{ $text }`: skriv 1.12, 2026-12-01, fre, +3d eller veke 49
msg-nothing-to-undo = ingenting å angre
msg-nothing-to-redo = ingenting å gjere om igjen
msg-showing-archived = viser arkiverte kort (x hentar tilbake)
msg-hiding-archived = skjuler arkiverte kort
msg-bad-light = `{ $text }`: bruk green, yellow, red eller none (grønn, gul, rød og ingen går også)
msg-decision-gone = avgjerda { $decision } finst ikkje lenger
msg-no-meeting = det er ikkje noko møte i gang
msg-minutes-written = referatet er skrive: { $path }
msg-no-agenda = tavla har inga sakliste (meeting.agenda)
msg-goal-gone = målet { $goal } finst ikkje lenger
msg-indicator-gone = indikatoren { $indicator } finst ikkje
msg-bad-value = `{ $text }`: ikkje eit tal (skriv til dømes 6,2 eller 6.2)
msg-escalated = sendt opp til { $board } ({ $card })
msg-round-not-saved = Verdien vart ikkje lagra (sjå under): han står her igjen, trykk Enter for å prøve på nytt
msg-no-other-board = inga anna tavle i mappa å sende kortet til
msg-already-escalated = kortet er allereie sendt opp til { $board }

## Fixed words of the screens

ui-overview = Oversikt
ui-board = Tavle
ui-kind = Type
ui-unit = Eining
ui-cards = Kort per kolonne
ui-overdue = Over frist
ui-changed = Sist endra
ui-drift = driftstavle
ui-forbedring = forbetringstavle
ui-no-boards = Ingen tavlefiler (*.json) i mappa endå. Legg ei tavle der, så dukkar ho opp her.
ui-too-small = Gjer vindauget større
ui-help = Tastar
ui-help-everywhere = Overalt
ui-help-close = trykk ein tast for å lukke
ui-filter = Filter
ui-new-card = Nytt kort
ui-edit-card = Endre kort
ui-title = Tittel
ui-owner = Ansvarleg
ui-due = Frist
ui-edit-keys = Enter lagrar · Tab neste felt · Esc avbryt
ui-read-only = berre lesing
ui-broken = FEIL I FILA
ui-archived = arkivert
ui-over-limit = over grensa
ui-week = veke
ui-empty = (tom)
ui-changed-by = endra av
ui-meeting = MØTE
ui-goal = Mål
ui-left = att
ui-over-time = over tida
ui-item = Punkt
ui-follow-ups = Oppfølging frå tidlegare møte
ui-decisions-today = Avgjerder i dag
ui-new-decision = Ny avgjerd
ui-correct-decision = Rett avgjerda (den gamle teksten blir teken vare på)
ui-decision = Avgjerd
ui-linked-card = Gjeld kort
ui-concerns = Gjeld
ui-attendees = Til stades
ui-attendees-hint = namn skilde med komma · Enter lagrar · Esc avbryt
ui-closing = Avslutt møtet
ui-closing-keys = Enter: skriv referat og avslutt · Esc: hald fram med møtet
ui-none-yet = ingen endå
ui-no-meeting-hint = m startar møtet
ui-done = utført
ui-corrected = retta
ui-choose-keys = ↑↓ vel · Enter send · Esc avbryt

## Traffic lights and due dates

light-green = grøn
light-yellow = gul
light-red = raud
due-yesterday = i går
due-overdue = { $days } d over
due-today = i dag
due-tomorrow = i morgon

## Keys: what a command does (? overlay) and its short word (hint bar)

cmd-help-up = opp
cmd-help-down = ned
cmd-help-left = førre / neste kolonne
cmd-help-right = neste kolonne
cmd-help-open = opne tavla
cmd-help-move-left = flytt kortet til venstre
cmd-help-move-right = flytt kortet til høgre
cmd-help-move-up = flytt kortet opp
cmd-help-move-down = flytt kortet ned
cmd-help-cycle-light = byt trafikklys
cmd-help-new = nytt kort
cmd-help-edit = endre tittel, ansvarleg, frist
cmd-help-archive = arkiver / hent tilbake
cmd-help-show-archived = vis / skjul arkiverte
cmd-help-undo = angre
cmd-help-redo = gjer om igjen
cmd-help-filter = filtrer på tekst, ansvarleg, stikkord
cmd-help-next-board = neste tavle
cmd-help-prev-board = førre tavle
cmd-help-help = hjelp
cmd-help-back = tilbake
cmd-help-quit = avslutt
cmd-help-meeting = start / avslutt møtet (referatet blir skrive)
cmd-help-next-item = neste punkt på sakslista
cmd-help-prev-item = førre punkt på sakslista
cmd-help-big-clock = stor klokke
cmd-help-decide = ny avgjerd
cmd-help-panel = avgjerder og oppfølging
cmd-help-attendees = kven er til stades
cmd-help-done = oppfølging utført / ikkje utført
cmd-help-plan = handlingsplan: mål, delmål og tiltak
cmd-help-indicators = indikatorar med seriediagram
cmd-help-escalate = send kortet opp til ei anna tavle
cmd-help-add-value = ny måling (dato: i dag)
cmd-hint-move = flytt
cmd-hint-light = lys
cmd-hint-new = ny
cmd-hint-edit = endre
cmd-hint-archive = arkiver
cmd-hint-undo = angre
cmd-hint-filter = filter
cmd-hint-open = opne
cmd-hint-next-board = neste tavle
cmd-hint-help = hjelp
cmd-hint-back = tilbake
cmd-hint-quit = avslutt
cmd-hint-meeting = møte
cmd-hint-decide = avgjerd
cmd-hint-done = utført
cmd-hint-plan = plan
cmd-hint-indicators = indikatorar
cmd-hint-add-value = ny måling

## The minutes (referat)

minutes-minutes = Referat
minutes-date = Dato
minutes-time = Tid
minutes-board = Tavle
minutes-attendees = Til stades
minutes-goal = Mål for møtet
minutes-agenda = Sakliste
minutes-decisions = Avgjerder
minutes-follow-ups = Oppfølging
minutes-changes = Endringar på tavla i dag
minutes-lights = Endra trafikklys
minutes-no-owner = Utan ansvarleg
minutes-none = Ingen.
minutes-owner = ansvarleg
minutes-due = frist
minutes-card = kort
minutes-corrected = retta
minutes-overdue = over fristen
minutes-added = Nytt
minutes-moved = Flytta
minutes-archived = Arkivert
minutes-no-light = utan lys

## Action plan, indicators and the organisation overview

plan-plan = Handlingsplan
plan-goal = Mål / tiltak
plan-measure = Tiltak
plan-status = Status
plan-smart = SMART
plan-missing = manglar
plan-owner = ansvarleg
plan-deadline = frist
plan-target = målbart mål
plan-by-hand = sett
plan-derived = utleidd
plan-done = ✓ ferdig
plan-no-goal = Tiltak utan mål
plan-no-goals = Tavla har ingen mål endå (goals i fila).
plan-indicators = Indikatorar
plan-no-indicators = Tavla har ingen indikatorar (indicators i fila).
plan-median = median
plan-target-line = mål
plan-latest = siste
plan-meets-target = ✓ når målet
plan-misses-target = ✗ når ikkje målet
plan-too-few = for få målingar til å lese signal (minst 10)
plan-no-signal = ingen ikkje-tilfeldige signal
plan-shift = skift
plan-trend = trend
plan-above = over medianen
plan-below = under medianen
plan-rising = stigande
plan-falling = fallande
plan-value = Verdi
plan-date = Dato
plan-new-value = Ny måling
plan-edit-goal = Endre mål
plan-measurable = Målbart
plan-escalate-to = Send kortet opp til
plan-escalated-to = sendt til
plan-escalated-from = frå
plan-responsible-for = er ansvarleg for
plan-next-deadlines = Neste fristar
plan-signals = Signal
plan-points = punkt

## tavle status and tavle measure

status-title = Status for tavlene
status-done = ferdig
status-overdue = over fristen
status-next = Neste fristar
status-responsible = Ansvarleg for
status-indicator = Indikator
csv-field-count = venta tre felt (indikator;dato;verdi), fann { $found }
csv-empty-indicator = manglar indikator
csv-bad-date = `{ $value }` er ikkje ein dato (2026-11-24 eller 24.11.2026)
csv-bad-value = `{ $value }` er ikkje eit tal
csv-malformed = ugyldig CSV: { $error }
nothing-written = { $bad ->
        [one] { $bad } rad med feil
       *[other] { $bad } rader med feil
    }: ingenting er skrive (bruk --skip-bad for å importere resten)

## Added with the card detail and the honest light
ui-discard-again = Teksten går tapt: trykk Esc ein gong til for å forkaste han, eller Enter for å lagre
ui-edit-keys-note = Tab neste felt · Enter lagrar (i notatet: ny linje) · Ctrl+S lagrar · Esc avbryt
ui-over-deadline = over frist
label-note = Notat
label-tags = Stikkord
label-source = Kjelde
label-effect = Effekt 1–3
label-effort = Ressurs 1–3
msg-one-to-three = effekt og ressursbruk er 1, 2 eller 3

## The card detail screen, banners and a card's history
card-column = Kolonne
card-light = Lys
card-goal = Mål
card-created = Oppretta
card-updated = Sist endra
card-id = Id
card-decisions = Avgjerder om kortet
card-no-decisions = Ingen avgjerder peikar på kortet.
card-history = Historikk
card-no-history = Ingen endringar i loggen enno.
card-links = Koplingar
card-card = Kort
banner-broken = { $count ->
    [one] Feil i fila
   *[other] { $count } feil i fila
  }, den første: { $at }: { $message } — viser sist lagra versjon, berre lesing. «tavle check» viser alt.
banner-gone = Tavla er sletta eller flytta — viser sist lesne versjon, berre lesing. Esc går til oversikta.
banner-newer-format = Tavla er i format { $version }, nyare enn denne tavle kan — berre lesing. Oppdater tavle for å endre ho.
banner-duplicate-ids = Berre for lesing: fleire kort eller avgjerder har same id ({ $ids }), så ei endring kunne nådd feil kort. Køyr `tavle check --fix` (eller `tavle fmt`), som gjev dei kvar sin id og flyttar avgjerdene med.
banner-no-columns = Tavla har ingen kolonnar: legg til ei med «ny kolonne» (sjå ?) eller i «columns» i fila («tavle check» gir detaljar).
banner-orphans = { $count ->
    [one] 1 kort står
   *[other] { $count } kort står
  } i kolonnar som ikkje finst ({ $columns }): rett «column» på korta eller legg til kolonnen («tavle check» gir detaljar).
history-added = lagt til i { $column }
history-removed = fjerna
history-moved = flytta { $from } → { $to }
history-archived = arkivert
history-restored = henta fram att
history-light = lys { $from } → { $to }
history-edited = endra
history-edited-fields = endra { $fields }
history-escalated = sendt opp til { $board }
msg-no-columns = Tavla har ingen kolonnar enno: legg til ei først («ny kolonne», sjå ?).
msg-unbound-key = Den tasten gjer ingenting her — ? viser tastane
msg-card-gone-elsewhere = Kortet { $card } vart endra ein annan stad og er ikkje i kolonnen lenger; valde kortet ved sida av.
ui-changed-outside = endra utanfor tavle
cmd-help-details = opne kortet: alle felt, avgjerder og historikk
cmd-hint-details = kort
cmd-help-light-green = set lyset til grønt
cmd-help-light-yellow = set lyset til gult
cmd-help-light-red = set lyset til raudt
cmd-help-light-none = ta bort lyset
list-more-above = ↑ { $count } til
list-more-below = ↓ { $count } til

## The minutes of one meeting
minutes-changes-in-meeting = Endringar på tavla i møtet
minutes-restored = Henta tilbake
minutes-corrected-earlier = Retta
minutes-was = før
minutes-values = Målingar registrerte
minutes-no-attendance = ikkje registrert
minutes-running = pågår
cli-minutes-meeting = Kva for eit av møta den dagen, talt frå 1 (standard: det siste)
no-such-meeting = { $count ->
    [0] det var ikkje noko møte { $date }, så --meeting { $asked } finst ikkje
    [one] det var eitt møte { $date }: --meeting må vere 1, ikkje { $asked }
   *[other] det var { $count } møte { $date }: --meeting må vere frå 1 til { $count }, ikkje { $asked }
  }
banner-read-only = Berre lesing: { $why }.
msg-saving = ⏳ lagrar … { $board } er låst av { $host } (prosess { $pid }); endringa blir lagra når låsen er fri
msg-saving-unknown = ⏳ lagrar … { $board } er låst (låsen seier ikkje av kven); endringa blir lagra når låsen er fri
minutes-maybe-incomplete = Lista over endringar kan vere ufullstendig: endringsloggen kunne ikkje skrivast under møtet.
msg-log-failed = Lagra, men endringsloggen kunne ikkje skrivast ({ $reason }): referatet vil mangle denne endringa.

## The folder layer: file errors, locks, read-only boards, odd names in the
## folder, leftover temp files, a watcher that stopped. $kind is one of the
## fs-kind-* nouns; $reason one of the fs-* reasons (or the system's own text);
## $board a board's id; $host and $pid name the process that holds a lock.

fs-kind-file = ei vanleg fil
fs-kind-directory = ei mappe
fs-kind-symlink = ei symbolsk lenkje
fs-kind-fifo = ein FIFO (namngjeve røyr)
fs-kind-socket = ein socket
fs-kind-device = ei einingsfil
fs-kind-unknown = noko anna enn ei fil
fs-read-only-fs = filsystemet er skriveverna
fs-permission-denied = ingen tilgang (manglar løyve)
fs-no-space = det er ikkje plass på disken (eller kvoten er brukt opp)
fs-not-found = finst ikkje
fs-already-exists = finst frå før
fs-not-regular = er ikkje ei vanleg fil, men { $kind }
fs-symlink = er ei symbolsk lenkje, og tavle følgjer ikkje lenkjer her
fs-outside-folder = peikar ut av tavlemappa, og tavle skriv aldri utanfor mappa
fs-error = { $path }: { $reason }
folder-save-failed = kunne ikkje lagre: { $path }: { $reason }
folder-read-only = tavla { $board } er berre for lesing: { $why }
folder-read-only-link-outside = fila er ei lenkje til noko utanfor tavlemappa, og tavle skriv aldri utanfor mappa
folder-read-only-no-write-permission = du har ikkje skrivetilgang til fila
folder-read-only-folder-not-writable = du har ikkje skrivetilgang til mappa
folder-read-only-fs = mappa ligg på eit skriveverna filsystem
folder-read-only-newer-format = fila har nyare format, versjon { $version }; oppgrader tavle
folder-read-only-duplicate-ids = fleire kort eller avgjerder har same id; `tavle check --fix` gjev dei kvar sin
folder-skipped = { $path }: hoppa over: { $why }
folder-skip-special = { $kind }, ikkje ei vanleg fil; tavle opnar ikkje slikt
folder-skip-link-to = ei lenkje til { $kind }
folder-skip-broken-link = ei lenkje som ikkje peikar til noka fil
# "min" is the same for one minute and many, so no plural forms here.
folder-temp-removable = mellombels fil etter ei lagring som ikkje vart fullført ({ $minutes } min); ho blir fjerna ved neste lagring
folder-temp-kept = mellombels fil etter ei lagring som ikkje vart fullført ({ $minutes } min); ho kan slettast dersom ingen lagrar akkurat no
folder-leftover-temp = { $path }: { $temp }
folder-watch-stopped-gone = følgjer ikkje lenger mappa (mappa er borte eller flytta); skjermen kan vere utdatert
folder-watch-stopped-crashed = følgjer ikkje lenger mappa (overvakinga stoppa uventa); skjermen kan vere utdatert
folder-watch-stopped-failed = følgjer ikkje lenger mappa ({ $error }); skjermen kan vere utdatert
lock-locked = tavla { $board } er låst av { $host } (pid { $pid }); prøv igjen om litt
lock-locked-unnamed = tavla { $board } er låst, men låsfila seier ikkje av kven (ho blir skriven akkurat no eller kan ikkje lesast); prøv igjen om litt
lock-stale = tavla { $board } har ein gammal lås etter { $host } (pid { $pid }); bryt han med `tavle unlock { $board }` dersom ingen andre lagrar
lock-stale-since = tavla { $board } har ein gammal lås etter { $host } (pid { $pid }) sidan { $since }; bryt han med `tavle unlock { $board }` dersom ingen andre lagrar
lock-stale-unnamed = tavla { $board } har ein gammal lås utan eigar (låsfila er tom eller kan ikkje lesast); bryt han med `tavle unlock { $board }` dersom ingen andre lagrar
lock-not-regular = låsfila { $lock } er ikkje ei vanleg fil, men { $kind }; tavle verken les eller fjernar ho; fjern ho for hand eller med `tavle unlock`
lock-lost = tavla { $board } vart ikkje lagra: låsen vart broten medan ho vart lagra; ingenting er skrive, prøv igjen
lock-unlocked = braut låsen etter { $host } (pid { $pid }) på tavla { $board }
lock-unlocked-unnamed = braut ein lås utan eigar på tavla { $board }
lock-unlocked-odd = fjerna låsfila til tavla { $board }, som var { $kind }
lock-not-locked = tavla { $board } var ikkje låst
lock-in-use = låsen på tavla { $board } er i bruk akkurat no av { $host } (pid { $pid }); han blir ikkje broten
lock-in-use-unnamed = låsen på tavla { $board } er i bruk akkurat no av ein prosess som ikkje har skrive namnet sitt enno; han blir ikkje broten

## The command line: things named as people name them, what `tavle check`
## reports beyond the schema, and `tavle demo`
cli-name-more = og { $count } til
cli-unknown-board = { $count ->
    [0] finn inga tavle «{ $name }»: { $dir } har ingen tavlefiler
   *[other] finn inga tavle «{ $name }» i { $dir }; tavlene er: { $valid }
  }
cli-no-board-folder = finn inga tavle «{ $name }»: mappa { $dir } finst ikkje
cli-unknown-column = { $count ->
    [0] tavla har ingen kolonnar, så «{ $name }» finst ikkje
   *[other] tavla har ingen kolonne «{ $name }»; kolonnane er: { $valid }
  }
cli-unknown-card = { $count ->
    [0] tavla har ingen kort, så «{ $name }» finst ikkje
   *[other] tavla har ikkje noko kort «{ $name }»; korta er: { $valid }
  }
cli-unknown-indicator = { $count ->
    [0] tavla har ingen indikatorar, så «{ $name }» finst ikkje
   *[other] tavla har ingen indikator «{ $name }»; indikatorane er: { $valid }
  }
cli-ambiguous-board = «{ $name }» passar til fleire tavler: { $matches }; skriv meir av namnet
cli-ambiguous-column = «{ $name }» passar til fleire kolonnar: { $matches }; skriv meir av namnet
cli-ambiguous-card = «{ $name }» passar til fleire kort: { $matches }; skriv meir av tittelen eller bruk id-en
cli-ambiguous-indicator = «{ $name }» passar til fleire indikatorar: { $matches }; skriv meir av namnet
cli-conflict-copy = fila er ein konfliktkopi av { $original } laga av { $source }; slå henne saman med `tavle merge`
cli-conflict-copy-link = fila er namngjeven som ein konfliktkopi av { $original } laga av { $source }, men er ei symbolsk lenkje: tavle slår henne aldri saman; legg sjølve fila her eller fjern lenkja
cli-copy-syncthing = Syncthing (eininga { $device })
cli-copy-dropbox = Dropbox-kopi
cli-copy-dropbox-who = Dropbox ({ $who })
cli-copy-onedrive = OneDrive (maskina { $host })
cli-copy-nextcloud = Nextcloud eller ownCloud-klienten
cli-copy-nextcloud-user = Nextcloud eller ownCloud ({ $user })
cli-copy-duplicate = kopiering (kopi nr. { $n })
cli-panic = tavle stoppa på ein intern feil (sei gjerne frå om han): { $message }
cli-demo = Kopier eksempeltavlene til ei ny mappe med datoane flytte til i dag, og opna kopien
cli-demo-dir = Mappa kopien skal liggje i (standard: ei ny mappe i temp-mappa); må vere tom eller ikkje finnast
cli-demo-no-open = Berre skriv kopien og skriv ut kvar han ligg; ikkje opna han
cli-demo-written = eksempeltavlene ligg i { $dir }, med datoane flytte så dei står rundt i dag
cli-demo-not-empty = { $dir } er ikkje tom; tavle demo skriv aldri over noko — vel ei ny eller tom mappe
cli-demo-failed = klarte ikkje å skrive eksempeltavlene til { $dir }: { $error }
diag-empty-title = kortet `{ $card }` har ingen tittel
diag-empty-title-hint = skriv ein tittel i "title"; elles har skjermen ingenting å vise for kortet
diag-identity-number = dette ser ut som eit fødselsnummer eller D-nummer ({ $number })
diag-identity-number-hint = personnummer høyrer ikkje heime på ei tavle som blir vist på ein felles skjerm; skriv initialar eller romnummer i staden

## Synced folders: conflict copies, merging them, tavle merge
sync-copy-found = Konfliktkopi av { $board } funnen: { $copy }. Opna tavla og trykk c for å slå ho saman.
sync-no-copies = Tavla har ingen konfliktkopiar.
sync-merged = Slege saman; kopien er flytta til { $kept } (u angrar).
sync-not-moved = Slegen saman, men konfliktkopien { $copy } kunne ikkje flyttast ({ $why }); han ligg der framleis.
sync-changed-meanwhile = kopien vart endra undervegs
sync-copy-changed = Konfliktkopien { $copy } vart endra medan du valde; ingenting er slege saman. Sjå over på nytt.
sync-not-merged = Konfliktkopien { $copy } er ikkje slege saman: { $why }. Tavla er uendra.
sync-board-changed = Tavla vart endra i mellomtida: { $count ->
    [one] éin ny konflikt
   *[other] { $count } nye konfliktar
  } må veljast før samanslåinga.
sync-choose-all = Vel tavla (←) eller kopien (→) for kvar konflikt først: { $count ->
    [one] éin
   *[other] { $count }
  } att.
sync-unmerged = Samanslåinga med { $copy } er angra; kopien blir liggjande i .tavle/merged/.
sync-copy-broken = Konfliktkopien { $copy } kan ikkje lesast (linje { $line }, kolonne { $col }); han blir hoppa over.
sync-banner = { $count ->
    [one] Éin konfliktkopi
   *[other] { $count } konfliktkopiar
  } av denne tavla ({ $sources }). c slår { $count ->
    [one] han
   *[other] dei
  } saman med tavla.
sync-held-back = { $count ->
    [one] Éi fil er halden tilbake som konfliktkopi
   *[other] { $count } filer er haldne tilbake som konfliktkopiar
  } og er ikkje med i tala: { $files }.
sync-held-back-item = { $copy } (kopi av { $board })
sync-held-back-merge = c slår saman kopiane av «{ $board }» med tavla.
sync-source-device = tavla har endringa frå eining { $device }
sync-source-who = frå { $who }
sync-source-host = maskin { $host }
sync-source-duplicate = kopi nr. { $n }
sync-log-merged = slo saman konfliktkopien { $copy }
sync-log-unmerged = angra samanslåinga med { $copy }
merge-title = Konfliktkopi { $n } av { $of }: { $copy } ({ $source })
merge-three-way = Felles utgangspunkt kjent: det som er endra på berre éi side, blir teke med utan spørsmål.
merge-two-way = Ikkje noko felles utgangspunkt kjent: alt som er ulikt, må veljast.
merge-adds = Kopien legg til { $what }.
merge-count-cards = { $count ->
    [one] eitt kort
   *[other] { $count } kort
  }
merge-count-decisions = { $count ->
    [one] éi avgjerd
   *[other] { $count } avgjerder
  }
merge-count-values = { $count ->
    [one] éi måling
   *[other] { $count } målingar
  }
merge-count-other = { $count ->
    [one] eitt anna element
   *[other] { $count } andre element
  }
merge-nothing-new = Kopien har ikkje noko tavla manglar.
merge-kept-edits = Behalde
merge-renamed = Ny id
merge-conflicts = Vel for kvar konflikt
merge-field = felt
merge-board = Tavla
merge-copy = Kopien
merge-before = før
merge-empty = (tomt)
merge-loading = Les felles utgangspunkt …
merge-saving = Slår saman …
merge-no-conflicts = Ingen konfliktar. Enter slår saman.
merge-adds-heading = Vert lagt til
merge-removes-heading = Vert fjerna
merge-whole = heile elementet
merge-present = finst
merge-removed = fjerna
merge-more = … og { $count } til
merge-changes-heading = Vert endra
merge-from-copy = (frå kopien)
cli-merge-ask = { $copy } ser ut som ein kopi av { $board }, men kan vere laga med vilje (namnet er ikkje ein synkroniseringsklient sitt); han vert berre slegen saman når du ber om det: tavle merge { $board } --copy «{ $copy }»
cli-help-merge-copy = Slå saman berre denne kopien (filnamn); trengst for kopiar med namn som òg vert brukte med vilje, som «NAMN (1).json» og «NAMN - Kopi.json»
merge-element-board = Tavla
merge-element-meeting = Møtet
merge-element-column = Kolonne
merge-element-card = Kort
merge-element-goal = Mål
merge-element-indicator = Indikator
merge-element-value = Måling
merge-element-decision = Avgjerd
merge-on-board = tavla
merge-on-copy = kopien
merge-kept-unarchived = arkivert på { $side }, endra på den andre: endringa er behalden
merge-kept-edited = sletta på { $side }, endra på den andre: endringa er behalden
merge-kept-record = sletta på { $side }, men avgjerder og målingar blir aldri sletta ved samanslåing
merge-kept-record-both = sletta på begge sider, men avgjerder og målingar blir aldri sletta ved samanslåing
merge-renamed-from = fekk ny id (var { $from }): begge sider hadde laga kvar sin med same id
merge-yes = ja
merge-no = nei
cmd-help-sync-open = slå saman konfliktkopiar av tavla
cmd-help-sync-board = behald verdien til tavla i konflikten
cmd-help-sync-copy = ta verdien til kopien i konflikten
cmd-help-sync-merge = slå saman (når kvar konflikt er vald)
cmd-help-sync-skip = hopp over denne kopien
cmd-hint-sync-open = slå saman
cmd-hint-sync-board = tavla
cmd-hint-sync-copy = kopien
cmd-hint-sync-merge = slå saman
cmd-hint-sync-skip = hopp over
cli-merge-none = Ingen konfliktkopiar av { $board }.
cli-merge-no-board = finn ikkje tavla { $board }
cli-merge-broken = tavla { $board } kan ikkje lesast: { $problem }
cli-merge-copy-broken = konfliktkopien { $copy } kan ikkje lesast: { $problem } — hoppa over
cli-merge-choose = { $count ->
    [one] Éin konflikt må
   *[other] { $count } konfliktar må
  } veljast: køyr igjen med --prefer board (behald tavla) eller --prefer copy (ta kopien). Ingenting er skrive.
cli-merge-dry-run = Prøvekøyring: ingenting er skrive.
cli-merge-log = Endringsloggen til { $board }: { $count ->
    [one] éin konfliktkopi
   *[other] { $count } konfliktkopiar
  } slegen saman med loggen, linje for linje i tidsrekkjefølgje.
cli-merge-log-failed = konfliktkopiane av endringsloggen til { $board } vart ikkje slegne saman: { $why }
cli-log-copy = konfliktkopi av endringsloggen til { $board }: referata manglar det som står i han til han er slegen saman med loggen (`tavle merge { $board }`, eller c når tavla vert slegen saman)
cli-merge-done = Slegen saman { $copy }; kopien ligg no i { $kept }.
cli-merge-failed = { $copy } vart ikkje slegen saman: { $why }
cli-help-merge = Slå saman konfliktkopiar (Syncthing, Dropbox, OneDrive, Nextcloud) med tavla, element for element
cli-help-merge-board = Tavla: ei fil, eller id-en eller tittelen til ei tavle i --dir (med --git: fila)
cli-help-merge-dry-run = Vis kva som ville blitt slege saman, utan å skrive noko
cli-help-merge-prefer = Vel denne sida i alle konfliktar: board (tavla) eller copy (kopien)

## Odd starts: a bad --poll or --lang, an unknown TAVLE_LANG, no terminal, and
## the operating system's own errors. $valid lists the languages as
## `code (start-lang-autonym)`; $reason is one of the start-os-* reasons, an
## fs-* reason, or start-os-other with the system's own text as $detail.
start-lang-autonym = norsk nynorsk
start-lang-unknown = tavle kan ikkje språket «{ $value }» (--lang); vel eitt av: { $valid }
start-env-lang-unknown = TAVLE_LANG er «{ $value }», som tavle ikkje kan; brukar { $used } i staden. Språka er: { $valid }
start-poll-bad = --poll { $value }: ikkje eit gyldig tal sekund; bruk eit tal frå { $min } til { $max } (til dømes 2 eller 1,5)
start-no-terminal = { $which ->
    [stdin] tavle treng ein terminal for å vise tavlene, men standard inn er ikkje ein terminal
    [stdout] tavle treng ein terminal for å vise tavlene, men standard ut er ikkje ein terminal
   *[both] tavle treng ein terminal for å vise tavlene, men verken standard inn eller standard ut er ein terminal
  } (cron, eit skript, ei pipe eller `ssh` utan -t?). I skript skriv `tavle status`, `tavle check` og `tavle minutes` det same som tekst; `tavle demo --no-open` lagar berre kopien.
start-terminal-failed = tavle fekk ikkje teke terminalen i bruk: { $reason }. Start tavle i eit terminalvindauge (over ssh: `ssh -t`).
start-screen-failed = skjermen stoppa: { $reason }
start-os-not-a-folder = ein del av stien er ei fil, ikkje ei mappe
start-os-bad-name = namnet er for langt eller ikkje tillate her
start-os-busy = er i bruk av eit anna program
start-os-network = sambandet til nettverksmappa er brote
start-os-stale = nettverksmappa har mista fila; kopla til mappa på nytt
start-os-no-terminal = det er ingen terminal knytt til tavle
start-os-other = operativsystemet svarte «{ $detail }»

## Låsar: kven som held ein, på kva maskin, kor gammal slik tavle ser det,
## og kva `tavle unlock` fann før han bryt eller nektar. $who og $age er
## lock-found-*-bitane; $since og $time er datoar som 24.11.2026 08:15.
lock-found = fann låsen på tavla { $board }: { $who }, { $age }
lock-found-holder = teken av { $host } (pid { $pid })
lock-found-holder-since = teken av { $host } (pid { $pid }) den { $since }
lock-found-nobody = han namngjev ingen haldar (han er tom, avkorta eller ikkje skriven av tavle)
lock-found-unreadable = du har ikkje lov til å lese han (rettane), så haldaren er ukjend
lock-found-age-secs = { $secs } s gammal slik tavle ser det
lock-found-age-min = { $min } min gammal slik tavle ser det
lock-found-age-hours = { $hours } t gammal slik tavle ser det
lock-found-future = tidsstempelet er i framtida ({ $time }): ei klokke som går feil, eller planta, så alderen er ukjend
lock-found-gone = prosess { $pid } køyrer ikkje lenger på denne maskina: låsen vart liggjande att
lock-found-running = prosess { $pid } køyrer på denne maskina
lock-found-no-answer = dette systemet kan ikkje seie om prosess { $pid } køyrer
lock-found-other-host = han vart teken på ei anna maskin ({ $host })
lock-found-other-machine = han vart teken på ei anna maskin med same namn (ein annan maskin-id)
lock-found-other-boot = han vart teken under ein annan oppstart av maskina (før ein omstart, eller på ein kopi av denne virtuelle maskina)
lock-found-other-namespace = han vart teken i ein annan container på denne maskina (eit anna prosessnamnerom), så prosessnummeret seier ingenting her
lock-found-by-name-only = { $why } (låsen er frå ein eldre versjon av tavle og namngjev berre namnet på maskina)
lock-unlock-needs-force = ikkje broten: låsen på tavla { $board } kan vere i bruk; om ingen lagrar den tavla akkurat no, bryt han med `tavle unlock { $board } --force`
lock-unlock-running-force = ikkje broten: prosess { $pid } køyrer på denne maskina; om det ikkje er tavle som lagrar (nummeret er brukt på nytt, eller han heng), bryt låsen med `tavle unlock { $board } --force`
lock-unlocked-folder = låsen på tavla { $board } var ei mappe; tavle slettar ingen mapper, så ho vart flytta til { $aside } (slett ho sjølv)
cli-unlock-force = Bryt òg ein lås som kan vere i bruk: ein fersk lås frå ei anna maskin, eller låsen til ein prosess som køyrer her, men har halde han lenge

## git: konfliktmerke i ei tavlefil, tavle merge --git, flettedrivaren git
## køyrer (tavle merge-driver) og tavle init. $file er fila slik brukaren
## skreiv ho; $side er git-side-*; $lines er lineområde som «59–70 og 88–94».
diag-git-conflict = git-konflikt i { $count ->
    [one] linje
   *[other] linjene
  } { $lines }: løys han med `tavle merge --git FIL` eller i git
diag-git-conflict-and = og
diag-git-conflict-hint = git stoppa ei samanslåing her: mellom <<<<<<< og >>>>>>> står begge versjonane; `git merge --abort` går attende til før samanslåinga
git-side-ours = vår side (HEAD)
git-side-theirs = deira side (det som blir slått saman inn)
git-missing = git finst ikkje på denne maskina (ikkje i PATH)
git-failed = git svara: { $detail }
git-not-repo = { $file } ligg ikkje i ei git-arbeidsmappe
git-not-conflicted = { $file } har ingen git-konflikt: git har ikkje stoppa ei samanslåing i denne fila (sjå `git status`)
git-deleted = { $file } er sletta på { $side } og endra på den andre; vel i git: `git add { $file }` held på fila, `git rm { $file }` slettar ho
git-broken = versjonen av { $file } på { $side } kan ikkje lesast som ei tavle: { $problem }
git-base-broken = den felles versjonen kan ikkje lesast som ei tavle ({ $problem }), så alt som er ulikt, må veljast
git-sides = Tavla er vår versjon (HEAD), kopien er deira (det som blir slått saman inn).
git-choose = { $count ->
    [one] Éin konflikt
   *[other] { $count } konfliktar
  } må veljast: køyr igjen med --prefer ours (vår side) eller --prefer theirs (deira side). Ingenting er skrive.
git-done = Den samanslåtte tavla er skriven til { $file }. Merk konflikten som løyst med `git add { $file }`.
git-write-failed = { $file } vart ikkje skriven: { $why }
git-driver-conflicts = { $count ->
    [one] Éin konflikt
   *[other] { $count } konfliktar
  } i { $file } må veljast: køyr `tavle merge --git { $file }`. Til då har fila vår versjon.
git-driver-as-text = { $file } er inga tavle: git slår ho saman line for line.
git-driver-failed = tavle kunne ikkje slå saman { $file }: { $why }
git-driver-name = tavle: tavler blir slått saman element for element
init-added = { $file }: la til { $count ->
    [one] éi line
   *[other] { $count } liner
  }
init-had = { $file }: hadde alle linene frå før
init-failed = { $file } vart ikkje skriven: { $why }
init-driver = git: tavler blir no slått saman element for element (merge.tavle.driver i { $repo }/.git/config)
init-not-repo = Mappa ligg ikkje i ei git-arbeidsmappe: køyr `tavle init` igjen etter `git init` eller `git clone` for å setje opp samanslåinga.
init-no-git = git finst ikkje på denne maskina: køyr `tavle init` igjen der git finst for å setje opp samanslåinga.
cli-help-merge-git = TAVLE er ei fil der git har stoppa ei samanslåing: slå saman versjonane git har av ho, element for element (--prefer ours|theirs)
cli-help-init = Gjer ei tavlemappe klar for git og Syncthing: .gitattributes, .gitignore, .stignore og flettedrivaren til git
cli-help-init-dir = Tavlemappa

## Issue 17: every message in the user's language — clap's usage errors
## (built from the error's kind, not clap's English) and the facts --help
## states. $arg is an argument as the usage line writes it (--dir <MAPPE>),
## $value what the user typed, $usage a command line to type.
cli-quoted = «{ $text }»
cli-or = eller
cli-tip = tips
cli-error-missing = dette må vere med, men manglar: { $args }
cli-error-unknown-argument = argumentet «{ $arg }» passar ikkje her
cli-error-invalid-value = «{ $value }» er ikkje ein gyldig verdi for { $arg }
cli-error-value-missing = { $arg } må ha ein verdi
cli-error-valid-values = gyldige verdiar: { $values }
cli-error-not-a-number = ikkje eit heilt tal
cli-error-number-too-large = talet er for stort
cli-error-unknown-command = ukjend kommando: «{ $command }»
cli-error-missing-command = { $command } må ha ein kommando etter seg: { $commands }
cli-error-too-many = { $arg } tek ikkje fleire verdiar, men fekk «{ $value }»
cli-error-too-few = { $arg } treng minst { $min } verdiar, men fekk { $count }
cli-error-wrong-count = { $arg } treng { $expected } verdiar, men fekk { $count }
cli-error-conflict = { $arg } kan ikkje brukast saman med { $other }
cli-error-given-twice = { $arg } kan berre givast éin gong
cli-error-conflict-others = { $arg } kan ikkje brukast saman med dei andre argumenta
cli-error-no-equals = { $arg } må få verdien etter eit likskapsteikn: { $arg }=…
cli-error-not-utf8 = eit argument er ikkje gyldig tekst (UTF-8)
cli-error-other = kommandolinja kan ikkje lesast
cli-error-more = Meir hjelp: { $command } --help
cli-tip-similar = meinte du { $names }?
cli-tip-as-value = for å gje «{ $arg }» som verdi, skriv «{ $usage }»
cli-tip-remove-dashes = kommandoen «{ $command }» finst: ta bort «--» framfor han
cli-required = [må vere med]
cli-value-meeting = MØTE
cli-value-name = NAMN
cli-value-side = SIDE
cli-value-base = FELLES
cli-value-ours = VÅR
cli-value-theirs = DERES
cli-card-move-column = Kolonnen kortet skal flyttast til: id-en eller tittelen, til dømes Pågår
cli-fmt-long = Skriv tavlefiler om til fast oppsett: 2 mellomrom og fast rekkjefølgje på felta. Kort og avgjerder som deler id, får kvar sin (som med tavle check --fix). BOM og linjeskift (CRLF eller LF) blir verande. Filer med feil eller i eit nyare format blir ikkje rørte, og heller ikkje filer du ikkje kan skrive eller lenkjer ut av mappa. Kvar fil blir skriven under låsen til tavla, som alle endringar.
cli-fmt-path = Mappa (eller éi tavlefil) som skal skrivast om
cli-merge-driver = Flettedrivaren git køyrer for tavlefiler (tavle init set han opp): tavle merge-driver %O %A %B %P
cli-merge-driver-base = Den felles versjonen (%O)
cli-merge-driver-ours = Vår versjon (%A); den samanslåtte tavla blir skriven hit
cli-merge-driver-theirs = Deira versjon (%B)
cli-merge-driver-path = Namnet på fila i arbeidsmappa (%P), til meldingar
cli-env = Miljøvariablar
cli-env-tavle-lang = Språket (nb, nn eller en) når --lang ikkje er gjeve
cli-env-locale = Språket når verken --lang eller TAVLE_LANG er gjeve: nn_NO gjev nynorsk, nb_NO og no_NO bokmål, en_* engelsk, alt anna bokmål
cli-env-tavle-user = Namnet endringar blir merkte med (updated_by og endringsloggen), når --as ikkje er gjeve; elles name i tavle.toml, det fulle namnet til kontoen eller brukarnamnet ({ $login })
cli-env-config = Kvar tavle.toml vert lesen: $XDG_CONFIG_HOME/tavle, elles $HOME/.config/tavle (Windows: %APPDATA%\tavle); LOGNAME (Windows: USERNAME) er brukarnamnet når USER manglar
cli-exit = Avslutningskodar
cli-exit-ok = ferdig
cli-exit-problems = problem funne (tavle check, tavle fmt --check, ei fil med feil), eller det som vart bede om, vart nekta eller mislukkast
cli-exit-usage = kommandolinja var feil: eit ukjent argument, ei tavle, eit kort eller eit namn som ikkje finst, ein ugyldig dato eller verdi, ingen terminal til skjermen; ingenting er prøvd
cli-exit-signal = skjermen vart avslutta av signal N, til dømes 143 (SIGTERM) eller 129 (SIGHUP)

## Issue 17: datoar, innlimt tekst og kven som gjorde det. $text er det
## brukaren skreiv; $date er ein dato som 24.11.2026; $days er datoar med møte.
date-bad-day = `{ $text }`: skriv i dag, i går, mån, 1.12, 2026-12-01, -1d eller veke 49
date-future = `{ $text }` er { $date }, ein dag som ikkje har kome enno
csv-future-date = `{ $value }` er { $date }, ein dag som ikkje har kome enno
minutes-no-meeting-day = { $count ->
    [0] det var ikkje noko møte { $date }, og endringsloggen har ingen møte (--anyway skriv endringane den dagen utan møte)
   *[other] det var ikkje noko møte { $date }; møte: { $days } (--anyway skriv endringane den dagen utan møte)
  }
who-unknown = ukjend
cli-as = Namnet endringane vert signerte med (i staden for TAVLE_USER, tavle.toml og namnet på kontoen)
cli-minutes-anyway = Ein dag utan møte òg: skriv endringane den dagen

## Issue 17: preparing the meeting, since last time
prep-msg-tick-needs-meeting = start møtet (m) før du kryssar av kven som er til stades
prep-msg-choose-item = vel eit punkt på saklista først (↑↓)
prep-msg-choose-person = mellomrom kryssar av ein person: vel ein i lista «Til stades»
prep-msg-bad-minutes = «{ $text }» er ikkje ei tid: skriv heile minutt frå 1 til 1440, eller la feltet stå tomt
prep-msg-item-gone = punktet «{ $item }» finst ikkje lenger på saklista (endra frå ein annan skjerm?)
prep-msg-no-earlier-meeting = tavla har ikkje hatt noko møte før: ingenting å vise sidan sist
prep-msg-no-minutes = tavla har ikkje noko referat frå eit tidlegare møte
prep-msg-no-such-card = det finst ikkje noko kort som heiter «{ $text }»: skriv id-en til kortet (t.d. k1) eller tittelen, eller la feltet stå tomt for heile møtet
prep-msg-ambiguous-card = «{ $text }» passar til fleire kort ({ $cards }): skriv id-en til kortet
prep-screen = Møtet: førebuing og oppmøte
prep-goal = Mål
prep-no-goal = ikkje sett
prep-length = Lengd
prep-agenda = Sakliste
prep-no-agenda = ingen punkt enno
prep-add-item = + nytt punkt
prep-team = Til stades
prep-guest = gjest
prep-add-guest = + gjest
prep-tick-when-running = Kryss av kven som er til stades når møtet er i gang (m startar det).
prep-not-started = ikkje starta
prep-started = pågår
prep-since = Sidan sist
prep-since-keys = ↑↓ bla · r førre referat · Esc lukk · andre tastar verkar som vanleg
prep-previous-meeting = Førre møte
prep-present-then = Til stades då
prep-nothing-since = Ingen endringar på tavla sidan førre møte.
prep-cards = Kort
prep-finished = Ferdig
prep-decisions-since = Avgjerder mellom møta
prep-minutes-title = Førre referat
prep-minutes-keys = ↑↓ bla · Esc lukk · andre tastar verkar som vanleg
prep-made-from-log = Det vart ikkje skrive noka referatfil for dette møtet; referatet er laga no frå tavla og endringsloggen.
prep-whole-meeting = heile møtet (ikkje knytt til eit kort)
prep-plan-changes = Førebuing av møtet
prep-goal-removed = Mål fjerna
prep-default-length = standard
prep-item-added = Nytt punkt
prep-item-removed = Punkt fjerna
prep-item-renamed = Punkt endra
prep-item-moved = Punkt flytta
prep-item-time-box = Tidsramme
prep-no-time-box = inga
prep-minutes = { $minutes } min
prep-item-places = frå { $from }. til { $to }. plass
prep-card-offer = heile møtet · skriv { $card } for å knyte avgjerda til valt kort «{ $title }»
prep-minutes-file = Førre referat: { $file }
label-minutes = Minutt
label-item = Punkt
label-name = Namn
label-card = Kort
cmd-help-prep-open = møtet: mål, lengd, sakliste og kven som er til stades
cmd-help-prep-goal = set eller endre målet for møtet
cmd-help-prep-length = set eller endre lengda på møtet
cmd-help-prep-add-item = nytt punkt på saklista
cmd-help-prep-remove-item = fjern punktet (på ein person: ikkje til stades)
cmd-help-prep-time-box = eiga tidsramme for punktet
cmd-help-prep-tick = kryss av til stades / ikkje til stades
cmd-help-prep-guest = legg til ein gjest som er til stades
cmd-help-prep-since = kva har skjedd sidan sist
cmd-help-prep-minutes = førre referat
cmd-help-prep-edit = endre lina (mål, lengd, punkt) eller kryss av personen
cmd-help-prep-item-up = flytt punktet opp
cmd-help-prep-item-down = flytt punktet ned
cmd-hint-prep-add-item = nytt punkt
cmd-hint-prep-tick = til stades
cmd-hint-prep-since = sidan sist
cmd-hint-prep-minutes = referat
cmd-hint-prep-edit = endre

## Issue 17: kolonnar frå tavla og små skjermar (80×24). Kolonnar blir lagde
## til, får nytt namn og WIP-grense og blir flytte med tastane på tavla;
## referatet listar det. $column er ein kolonnetittel; $text er det brukaren skreiv.
cmd-help-new-column = ny kolonne til høgre for den valde
cmd-help-edit-column = gi kolonna nytt namn eller endre WIP-grensa
cmd-help-column-left = flytt kolonna til venstre
cmd-help-column-right = flytt kolonna til høgre
cmd-hint-new-column = ny kolonne
cmd-hint-edit-column = kolonne
cmd-hint-column-move = flytt kolonne
cmd-hint-agenda-item = punkt
cmd-hint-end-meeting = avslutt møtet
column-new = Ny kolonne
column-edit = Endre kolonne
label-wip = WIP-grense
msg-column-not-empty = Kolonna { $column } har kort (arkiverte òg): flytt dei først.
msg-bad-limit = `{ $text }`: WIP-grensa er eit heilt tal frå 1 (tomt: inga grense)
minutes-columns = Kolonnar
minutes-column-added = Ny kolonne
minutes-column-removed = Kolonne fjerna
minutes-column-renamed = Nytt namn
minutes-column-limit = WIP-grense
minutes-column-order = Ny rekkjefølgje
minutes-no-limit = inga
ui-scroll-keys = ↑↓ PgUp PgDn: bla

## Issue 17: the facilitator's views — boards with one title told apart, fields
## in the user's words, notices that confirm what a key did, one person's view,
## what each symbol means. $what is one of the views-what-* texts; $fields the
## names of fields (tittel, notat); $matches boards as «Drift (nord.json)».

views-same-title-board = «{ $name }» er tittelen på fleire tavler: { $matches }; skriv filnamnet, til dømes { $file }
views-field-order-cards = Rekkjefølgja på korta
views-field-order-columns = Rekkjefølgja på kolonnane
views-field-order-goals = Rekkjefølgja på måla
views-field-order-indicators = Rekkjefølgja på indikatorane
views-field-order-decisions = Rekkjefølgja på avgjerdene
views-field-meeting-goal = Mål for møtet
views-field-agenda = Agenda
views-field-minutes = Lengd (minutt)
views-field-running = Møtet som går føre seg
views-field-wip = Grense for tal på kort
views-field-done-column = Ferdig-kolonne
views-field-done-at = Utført då
views-field-decided-at = Avgjort då
views-field-by = Skrive av
views-field-corrections = Tidlegare ordlyd
views-field-parent = Overordna mål
views-field-target = Måltal
views-field-better = Betre er
views-field-values = Målingar
views-field-updated-by = Sist endra av
views-field-escalated-to = Sendt opp til
views-field-escalated-from = Sendt frå
views-what-added = «{ $title }» lagt til
views-what-removed = «{ $title }» fjerna
views-what-moved = «{ $title }»: { $from } → { $to }
views-what-edited = «{ $title }»: { $fields }
views-what-archived = «{ $title }» arkivert
views-what-restored = «{ $title }» henta tilbake
views-what-escalated = «{ $title }» sendt opp til { $board }
views-what-decided = avgjerda «{ $text }»
views-what-decision-removed = avgjerda «{ $text }» fjerna
views-what-corrected = ordlyden i «{ $text }»
views-what-done = «{ $text }» utført
views-what-not-done = «{ $text }» ikkje utført
views-what-measured = { $indicator } { $date }: { $value }
views-what-unmeasured = { $indicator } { $date }: målinga fjerna
views-what-goal = målet «{ $title }»
views-what-other = siste endring
views-did-undo = Angra: { $what }
views-did-redo = Gjort om att: { $what }
views-did-archived = Arkivert: «{ $title }» (u angrar, a viser arkivet)
views-did-restored = Henta tilbake: «{ $title }»
views-did-done = Utført: «{ $text }»
views-did-not-done = Ikkje utført likevel: «{ $text }»
views-history-edited = endra { $fields }
views-history-decided = avgjerd: { $text }
views-history-corrected = avgjerd retta: { $text }
views-history-done = oppfølging utført: { $text }
views-history-not-done = oppfølging ikkje utført likevel: { $text }
views-owner-follow-ups = Oppfølging
views-owner-decisions = Avgjerder
views-owner-nothing = Ingen kort eller avgjerder med dette namnet.
views-symbol-green = grøn: i rute
views-symbol-yellow = gul: i fare
views-symbol-red = raud: ute av rute
views-symbol-no-light = utan lys
views-symbol-done = ferdig · når målet · valt
views-symbol-set-by-hand = raud, fristen er ute (sett lys)
views-symbol-overdue = over frist · åtvaring
views-symbol-due-today = frist i dag · signal i diagram
views-symbol-misses-target = når ikkje målet
views-symbol-changed-by = nett endra av ein annan
views-symbol-escalated-to = sendt opp til ei anna tavle
views-symbol-escalated-from = sendt hit frå ei anna tavle
views-symbol-selected = valt · fleire kolonnar til høgre
views-symbol-more-left = fleire kolonnar til venstre
views-symbol-more-above = fleire linjer over
views-symbol-more-below = fleire linjer under
views-symbol-goal = mål i handlingsplanen
views-symbol-measure = tiltak · avgjerd utan frist
views-symbol-follow-up-open = oppfølging, ikkje utført
views-symbol-follow-up-done = oppfølging utført
views-symbol-time-left = tid att av møtet
views-symbol-over-time = møtet er over tida
views-symbol-cursor = markøren der du skriv
views-symbol-info = melding
views-symbol-added = blir lagt til
views-symbol-removed = blir teken bort
views-symbol-changed = blir endra
views-symbol-sparkline = målingane over tid
views-symbols-title = Teikn på skjermen
views-symbols-from-help = ? viser kva teikna tyder · ein annan tast lukkar
views-symbols-close = trykk ein tast for å lukke
views-merge-diff-hint = Det som er ulikt, er understreka · PgUp/PgDn blar i verdiane
views-merge-base = Før begge endra
cmd-help-sync-page-down = bla ned i verdiane
cmd-help-sync-page-up = bla opp i verdiane

## CSV import: encodings, ambiguous numbers, two rows for one date, each stored value (issue 18.6)
csv-read-windows-1252 = { $file }: lese som Windows-1252 (ikkje UTF-8), slik norsk Excel lagrar CSV; æ, ø og å er gjorde om
csv-read-utf16 = { $file }: lese som UTF-16 (Excels «Unicode-tekst») og gjord om
csv-broken-utf8 = { $file } byrjar som UTF-8, men linje { $line } er ikkje UTF-8
csv-broken-utf16 = { $file } er UTF-16, men er øydelagd på linje { $line }
csv-utf16-without-bom = { $file } ser ut som UTF-16 utan merket (BOM) som seier kva byte som kjem først
csv-not-windows-1252 = { $file } er verken UTF-8 eller Windows-1252 (byte { $byte } på linje { $line } er ingen bokstav der)
csv-how-to-save = ingenting er lese. Lagra fila som UTF-8: i Excel Fil → Lagre som → «CSV UTF-8 (kommadelt) (*.csv)»; i Notisblokk Lagre som → Koding: UTF-8
csv-ambiguous = `{ $text }` kan lesast på to måtar (tusenskilje eller desimalteikn?): skriv { $thousands } eller { $grouped } om det er tusen, { $decimal } om det er desimalar
msg-ambiguous-value = `{ $text }` kan lesast på to måtar: skriv { $thousands } eller { $grouped } om det er tusen, { $decimal } om det er desimalar
csv-stored = Lagra { $indicator } { $date }: { $value }
csv-stored-replaced = Lagra { $indicator } { $date }: { $value } (erstatta { $old })
csv-unchanged = Uendra { $indicator } { $date }: { $value } (stod der frå før)
csv-repeat = same indikator, dato og verdi som linje { $first }: lagra éin gong
csv-line-value = linje { $line }: { $value }
csv-conflict = { $indicator } får ulike verdiar for { $date } ({ $rows }): ingen av dei er lagra, behald éi av radene
csv-summary = Lagra { $stored ->
        [one] { $stored } måling
       *[other] { $stored } målingar
    } ({ $replaced } erstatta), { $unchanged } uendra, { $skipped ->
        [one] { $skipped } rad
       *[other] { $skipped } rader
    } hoppa over
values-same-date = indikatoren «{ $indicator }» har meir enn éi måling på { $count ->
        [one] same dato
       *[other] { $count } datoar
    }: { $dates }
values-same-date-hint = la kvar dato ha éin verdi: rett datoen eller fjern den andre målinga i fila
values-future = indikatoren «{ $indicator }» har { $count ->
        [one] éi måling
       *[other] { $count } målingar
    } datert etter i dag: { $dates }
values-future-hint = ei måling er av ein dag som har vore: rett datoen i fila

## Run charts: signals named by their weeks, the chart's legend
# "Skift: veke 3–9 (7 punkt over medianen)". $kind: shift or trend; $direction:
# above, below, rising or falling; $weeks: runchart-weeks or runchart-week
runchart-signal = { $kind ->
        [shift] Skift
       *[trend] Trend
    }: { $weeks } ({ $direction ->
        [above] { $len } punkt over medianen
        [below] { $len } punkt under medianen
        [rising] { $len } stigande punkt
       *[falling] { $len } fallande punkt
    })
# $from and $to are week numbers, with the year ("50/2025") when it is needed
runchart-weeks = veke { $from }–{ $to }
runchart-week = veke { $week }
runchart-legend-point = måling
runchart-legend-shift = skift
runchart-legend-rising = stigande trend
runchart-legend-falling = fallande trend
runchart-legend-both = skift og trend
runchart-newest = dei siste { $shown } av { $total } målingane
runchart-more = … og { $n } signal til
views-symbol-chart-point = måling i seriediagrammet
views-symbol-chart-shift = punkt i eit skift (seriediagram)
views-symbol-chart-trend = punkt i ein stigande eller fallande trend
views-symbol-chart-both = punkt i både eit skift og ein trend

## Issue 18.3–4: following escalations between boards and back, what a copy's
## state says on its origin card, long lists (paging, position) and pickers
## that filter as you type. $board and $origin are board titles; $card a
## card id; $title a card title; $key the key that goes back (Backspace).
link-none = kortet har ingen lenkje til ei anna tavle
link-no-card = ingen kort er valt
link-not-loaded = tavla { $board } er ikkje i denne mappa: kortet kan ikkje visast
link-unreadable = tavla { $board } kan ikkje lesast no: kortet kan ikkje visast
link-gone = kortet { $card } finst ikkje lenger på { $board }
link-jumped = på { $board } · { $key } går tilbake
link-nothing-back = ingen stader å gå tilbake til
link-back-gone = tavla du kom frå, { $board }, er borte
link-closed-finished = «{ $title }» er ferdig på { $board } (sendt opp frå { $origin })
link-closed-archived = «{ $title }» er arkivert på { $board } (sendt opp frå { $origin })
link-state-finished = ✓ ferdig på { $board }
link-state-archived = arkivert på { $board }
link-state-missing = ? ikkje å finne
list-owners = Ansvarlege
list-no-match = ingen treff
list-picker-keys = skriv for å filtrere · ↑↓ PgUp/PgDn vel · Enter send · Esc avbryt
list-owner-keys = ↑↓ vel namn · Enter bruk · Esc avbryt
list-panel-keys = J/K blar
list-owner-line = { $name } · { $cards ->
        [one] 1 kort
       *[other] { $cards } kort
    }{ $follow ->
        [0] {""}
        [one] {" · "}1 oppfølging
       *[other] {" · "}{ $follow } oppfølgingar
    }
cmd-help-follow-link = gå til det lenkja kortet (⇪ først)
cmd-help-follow-origin = gå til kortet det vart sendt opp frå (⇩)
cmd-help-jump-back = tilbake dit du kom frå
cmd-help-first = første i lista
cmd-help-last = siste i lista
cmd-help-page-up = ei side opp
cmd-help-page-down = ei side ned
cmd-help-panel-up = bla opp i ansvarslista
cmd-help-panel-down = bla ned i ansvarslista
cmd-hint-follow-link = gå til lenkje
cmd-hint-jump-back = tilbake

## tavle status names every measure: the organisation's total, copies counted once, changes since a day

report-total = Heile organisasjonen
report-boards = { $count ->
        [one] { $count } tavle
       *[other] { $count } tavler
    }
report-follow-ups-total = { $count ->
        [one] { $count } open oppfølging
       *[other] { $count } opne oppfølgingar
    } ({ $overdue } over fristen)
report-copies-note = Kvart tiltak blir talt éin gong: { $count ->
        [one] { $count } kopi
       *[other] { $count } kopiar
    } sende opp frå ei anna tavle i rapporten er ikkje talde med att i totalen (kopien står på tavla si, merkt ⇩).
report-unreadable-note = { $count ->
        [one] { $count } tavle
       *[other] { $count } tavler
    } kunne ikkje lesast: korta der er ikkje talde.
report-red = Raude tiltak og tiltak over fristen
report-copy-of = ⇩ kopi av { $card }
report-more = … { $count ->
        [one] { $count } frist til
       *[other] { $count } fristar til
    } (--all viser alle)
report-goals = Mål
report-decisions = Avgjerder
report-measured = målt { $date }
report-no-owner = ingen ansvarleg
report-since-title = Endringar sidan { $date }
report-turned-red = Vart raude
report-finished = Ferdige
report-new-overdue = Nye over fristen
report-new-signals = Nye signal
report-was = før: { $light }
report-added = nytt kort
report-unchanged = Utan endringar: { $boards }
report-nothing-changed = Ingen endringar.
changes-title = Endringar sidan
changes-ask = Sidan kva dag? (førre veke, i går, 16.11, veke 46)
changes-reading = Les endringsloggane …
changes-keys-typing = Enter viser · Esc tilbake
changes-none = Ingen endringar på nokon tavle sidan { $date }.
cmd-help-since-open = kva har endra seg sidan ein dag, på alle tavlene
cmd-hint-since-open = sidan
cmd-help-since-date = vel ein annan dag
cmd-help-since-page-down = bla ned ei side
cmd-help-since-page-up = bla opp ei side
cli-status-unit = Berre tavler med denne eininga (ein del av namnet er nok)
cli-status-board = Berre denne tavla (id, filnamn eller tittel)
cli-status-since = Kva har endra seg sidan denne dagen (førre veke, i går, 16.11, veke 46)
cli-status-all = Vis alle fristane i teksten (ingenting blir falda saman)
changes-default-day = førre veke

## Plattform: ei fil eit anna program held open (Windows)
fs-held-open = eit anna program har fila open (eller du får ikkje byte ho ut); endringa di er teken vare på i { $kept } – lagra på nytt når fila er lukka

## Forbetringstavla: ord for formatet – rutinar, PDSA-syklusar, indikator på kortet (issue 21)
## $routine er id-en til ein rutine; $card id-en til eit kort; $cycle nummeret
## til ein PDSA-syklus (frå 1); $effect og $effort 1–3 eller –; $fields feltnamn frå fila.
id-kind-routine = rutine
diag-unknown-indicator = viser til ein indikator som ikkje finst: `{ $id }`
diag-unknown-indicator-hint = bruk id-en til ein av indikatorane i "indicators", eller fjern "indicator"
merge-element-routine = Rutine
msg-routine-gone = rutinen { $routine } finst ikkje lenger
msg-routine-exists = rutinen { $routine } finst allereie
msg-cycle-gone = kortet { $card } har ikkje lenger PDSA-syklus { $cycle }
history-prioritised = plassert i prioriteringsmatrisa: effekt { $effect }, ressursbruk { $effort }
history-cycle-started = PDSA-syklus { $cycle } starta
history-cycle-changed = PDSA-syklus { $cycle } endra: { $fields }
history-cycle-removed = PDSA-syklus { $cycle } fjerna

## Nye tavler frå mal: tavle new og n i oversikta
template-forbedring-col-ideas = Idear
template-forbedring-col-plan = Planleggje
template-forbedring-col-do = Gjennomføre
template-forbedring-col-study = Evaluere
template-forbedring-col-act = Korrigere/standardisere
template-forbedring-col-done = Ferdig
template-forbedring-goal = Fange opp idear, prioritere dei og følgje testane til dei blir ny standard
template-forbedring-agenda-tests = Status på testar som er i gang (PDSA)
template-forbedring-agenda-ideas = Nye idear
template-forbedring-agenda-priority = Prioritering (effekt × ressursbruk)
template-forbedring-agenda-decisions = Vedtak og neste steg
template-drift-col-today = I dag
template-drift-col-week = Denne veka
template-drift-col-doing = Pågår
template-drift-col-waiting = Ventar på andre
template-drift-col-done = Ferdig
template-drift-goal = Felles oversikt over drifta i dag, risiko og kven som gjer kva
template-drift-agenda-staffing = Bemanning og ressursar i dag
template-drift-agenda-goals = Status mot mål
template-drift-agenda-risk = Risiko og avvik sidan sist
template-drift-agenda-deadlines = Tiltak og fristar
template-drift-agenda-decisions = Vedtak og ansvar
new-board-kind-forbedring = forbetringstavle
new-board-kind-drift = driftstavle
new-board-dialog = Ny tavle: forbetring eller drift?
new-board-label-kind = Type
new-board-label-name = Namn
new-board-label-team-leader = Teamleiar (kan stå tom)
new-board-label-measurement-lead = Måleansvarleg (kan stå tom)
new-board-created = Ny { $kind } laga: { $path }
new-board-exists = { $path } finst alt; vel eit anna namn (ingenting vart skrive)
new-board-failed = Kunne ikkje lage tavla: { $error }
new-board-bad-kind = «{ $text }» er ingen tavletype: skriv forbetring eller drift (f eller d held)
new-board-no-name = Tavla må ha eit namn
cmd-help-new-board = ny tavle: forbetringstavle eller driftstavle, frå malen
cmd-hint-new-board = ny tavle
cli-new = Lag ei ny tavle frå malen: forbetring (forbetringstavle) eller drift (driftstavle)
cli-new-kind = forbetring eller drift (også forbedring, improvement, operations)
cli-new-name = Namnet på tavla; filnamnet blir laga av det
cli-new-dir = Mappa tavla blir lagd i
role-team-leader = Teamleiar
role-measurement-lead = Måleansvarleg
cli-new-team-leader = Teamleiaren i forbetringsteamet
cli-new-measurement-lead = Måleansvarleg i forbetringsteamet
cli-value-kind = TYPE

## Rutinar, A3 og rapportane til teamet (issue 21: forbetring blir rutine; status- og sluttrapport)
routine-doc = Rutine
routine-purpose = Føremålet med denne rutinen
routine-content = Beskriv konkret innhaldet i rutinen
routine-arenas = Beskriv møtearenaer der erfaringar blir delte mellom deltakarane
routine-follow-up = Beskriv oppfølging og vidareutvikling av rutinen
routine-revision = Rutinen blir revidert i årleg gjennomgang
routine-revision-date = Dato for årleg gjennomgang
routine-board = Tavle
routine-card = Frå forbetringa
routine-created = Laga
routine-not-written = (ikkje fylt ut)
routine-none = Tavla har ingen rutinar enno.
routines-title = Rutinar
routines-empty = Ingen rutinar enno. n lagar ein; eit kort som blir flytt til Korrigere/standardisere, får òg tilbod om det.
routines-col-routine = Rutine
routines-col-revision = Revisjon
routines-col-card = Frå kort
routine-dialog-new = Ny rutine (mal for rutinar)
routine-dialog-edit = Endre rutinen
label-routine-purpose = Føremål
label-routine-content = Innhald
label-routine-arenas = Møtearenaer
label-routine-follow-up = Oppfølging
label-routine-revision = Revisjon
routine-yes = Enter/j: ja
routine-no = Esc/n: nei
routine-offer = Lage ein rutine av «{ $card }»?
routine-remove-ask = Fjerne rutinen «{ $routine }»? (u angrar)
routine-exists-for = «{ $card }» har alt ein rutine: «{ $routine }»
routine-written = Rutinen er skriven til { $path }
routines-overdue = { $count ->
    [one] ⚠ 1 rutine til revisjon
   *[other] ⚠ { $count } rutinar til revisjon
  }
cmd-help-routines = rutinane og den årlege revisjonen deira
cmd-hint-routines = rutinar
cmd-help-a3 = A3 av det valde kortet
cmd-hint-a3 = A3
cmd-help-routine-new = ny rutine
cmd-hint-routine-new = ny
cmd-help-routine-edit = endre den valde rutinen
cmd-hint-routine-edit = endre
cmd-help-routine-remove = fjern den valde rutinen (spør først; u angrar)
cmd-hint-routine-remove = fjern
cmd-help-routine-revised = revidert i dag: neste revisjon om eitt år
cmd-hint-routine-revised = revidert
cmd-help-routine-write = skriv rutinen som Markdown til rutiner/
cmd-hint-routine-write = skriv
a3-title = A3
a3-problem = Problem
a3-description = Skildring
a3-current = Nosituasjon
a3-root-cause = Rotårsak
a3-whys = Fem kvifor
a3-goal = Mål
a3-measures = Tiltak
a3-plan = Plan (PDSA)
a3-plan-field = Plan
a3-prediction = Forventa resultat
a3-started = Starta
a3-result = Resultat
a3-measured = Målt
a3-outcome = Resultat
a3-decision = Avgjerd
a3-ended = Avslutta
a3-no-cycles = Ingen PDSA-syklusar enno.
a3-run-chart = Seriediagram
a3-no-indicator = Kortet er ikkje knytt til ein indikator.
a3-median = Median
a3-target = Mål
a3-signals = Signal
a3-above = over medianen
a3-below = under medianen
a3-on-median = på medianen
a3-benefit = Gevinst
a3-benefit-kind = Type
a3-benefit-who = Gevinstansvarleg
a3-benefit-by = Innan
a3-benefit-how = Slik blir han målt
a3-owner = Ansvarleg
a3-due = Frist
a3-column = Kolonne
a3-board = Tavle
a3-adopt = ta i bruk
a3-adapt = juster og test igjen
a3-abandon = forkast
a3-avoided-cost = unngåtte kostnader
a3-time-saved = spart tid
a3-better-quality = auka kvalitet
a3-keys = Esc/A: lukk
a3-cycle = Syklus { $n }
team-status-report = Statusrapport
team-final-report = Sluttrapport
team-team = Forbetringsteam
team-unit = Eining
team-leader = Teamleiar
team-measurement-lead = Måleansvarleg
team-date = Dato
team-not-set = (ikkje sett)
team-goals = Mål
team-no-goals = Tavla har ingen mål.
team-measures = Tiltak og PDSA-syklusar
team-no-measures = Ingen tiltak på tavla.
team-indicators = Indikatorar
team-no-indicators = Tavla har ingen indikatorar.
team-routines = Rutinar som er laga
team-no-routines = Ingen rutinar er laga enno.
team-achieved = Kva er oppnådd
team-nothing-achieved = Ingen tiltak er ferdige enno.
team-benefits = Gevinst
team-no-benefits = Ingen gevinst er skildra.
team-kept = Kva blir vidareført
team-nothing-kept = Ingenting er teke i bruk enno.
team-latest = siste
team-effect = Effekt
team-remains = Står att
team-cycles = { $count ->
    [one] 1 PDSA-syklus
   *[other] { $count } PDSA-syklusar
  }
cli-routine = Skriv ut rutinane til tavla som Markdown, med overskriftene frå malen for rutinar
cli-value-routine = RUTINE
cli-routine-routine = Rutinen (id eller tittel); alle når ingen er nemnd
cli-a3 = Skriv ut A3 av eit forbetringskort som Markdown
cli-a3-card = Kortet (id eller tittel)
cli-report = Skriv ut statusrapporten eller sluttrapporten til teamet (læringsnettverk) som Markdown
cli-report-status = Statusrapporten
cli-report-final = Sluttrapporten
cli-unknown-routine = { $count ->
    [0] tavla har ingen rutinar, så «{ $name }» finst ikkje
   *[other] tavla har ingen rutine «{ $name }»; rutinane er: { $valid }
  }
cli-ambiguous-routine = «{ $name }» passar til fleire rutinar: { $matches }; skriv meir av tittelen eller bruk id-en

## Idea intake (+) and priority matrix (P)
intake-dialog = Ny idé
intake-label-received = Motteke
intake-choices = Frå: 1 tilsett · 2 brukar · 3 pårørande · 4 anna (skriv kven) · datoen er i dag om du ikkje endrar han
source-ansatt = tilsett
source-bruker = brukar
source-parorende = pårørande
source-other = anna
source-unknown = utan kjelde
card-source-from = frå { $source }
overview-sources = Idear etter kjelde: { $list }
matrix-title = Prioriteringsmatrise
matrix-axes = effekt ↑ (rader) × ressursbruk → (kolonnar)
matrix-high = høg
matrix-medium = middels
matrix-low = låg
matrix-quick-win = ★ Rask gevinst
matrix-unplaced = Ikkje plassert
matrix-no-ideas = Ingen idear å prioritere
matrix-numpad = 1–9 legg ideen i ruta med det talet · 0/x tek han ut · Shift+pil flyttar han
matrix-more = +{ $count } til
msg-intake-not-improvement = Ideinntak (+) er for forbetringstavler; bruk n for eit nytt kort her
msg-intake-no-source = Kvar kom ideen frå? Trykk 1 tilsett, 2 brukar, 3 pårørande eller 4 anna
msg-matrix-place-first = Ideen står ikkje i matrisa enno: plasser han med eit tal 1–9
cmd-help-intake = ny idé: kjelde, dato og tekst (forbetringstavle)
cmd-hint-intake = idé
cmd-help-matrix-open = prioriteringsmatrise: effekt × ressursbruk
cmd-hint-matrix-open = matrise
cmd-help-matrix-place = plasser ideen i ei rute, som på taltastaturet: 7 8 9 høg effekt, 1 2 3 låg; 7 = rask gevinst
cmd-hint-matrix-place = plasser
cmd-help-matrix-unplace = ta ideen ut av matrisa
cmd-hint-matrix-unplace = ta ut
cmd-help-matrix-more-effect = flytt ideen opp: meir effekt
cmd-help-matrix-less-effect = flytt ideen ned: mindre effekt
cmd-help-matrix-less-effort = flytt ideen til venstre: mindre ressursbruk
cmd-help-matrix-more-effort = flytt ideen til høgre: meir ressursbruk
cmd-hint-matrix-move = flytt

## PDSA-kortet: syklusar, evaluering, gevinst og indikator (forbetringstavle)
pdsa-plan = Plan
pdsa-prediction = Prediksjon
pdsa-started = Starta
pdsa-measured = Målt
pdsa-result = Resultat
pdsa-decision = Avgjerd
pdsa-ended = Avslutta
pdsa-q-problem = Problemet
pdsa-q-decided = Vedteke
pdsa-q-done = Gjort
pdsa-q-told = Informert
pdsa-q-seen = Effekt sett
pdsa-q-remains = Står att
pdsa-q-share = Deling
pdsa-benefit-kind = Gevinsttype
pdsa-benefit-who = Ansvarleg
pdsa-benefit-by = Innan
pdsa-benefit-how = Målast slik
pdsa-ask-plan = Plan: kva skal testast, av kven, kvar og når?
pdsa-ask-prediction = Prediksjon: kva trur de skjer? Skrivast før testen startar.
pdsa-ask-started = Startdato, ein dag som har vore (i dag, mån, 2.12). Krev prediksjon.
pdsa-ask-measured = Kva vart målt?
pdsa-ask-result = Kva viste målingane, samanlikna med prediksjonen?
pdsa-ask-decision = Avgjerd: ta i bruk, juster eller forkast (t, j eller f held)
pdsa-ask-ended = Sluttdato, ein dag som har vore
pdsa-ask-problem = Kva var problemstillinga?
pdsa-ask-decided = Kva vart vedteke som tiltak?
pdsa-ask-done = Kva er gjort?
pdsa-ask-told = Kven er informert, og korleis?
pdsa-ask-seen = Kva effekt har de merka av denne forbetringa?
pdsa-ask-remains = Er det noko meir som må gjerast?
pdsa-ask-share = Korleis skal vi dele informasjon/læring?
pdsa-ask-kind = Gevinsttype: unngåtte kostnader, spart tid eller auka kvalitet (1, 2 eller 3)
pdsa-ask-who = Kven har ansvar for at gevinsten blir realisert?
pdsa-ask-by = Innan når, ein dag som kjem (fre, veke 10, 1.3.2027)
pdsa-ask-how = Korleis veit vi at gevinsten er realisert? Korleis måle og rapportere?
pdsa-cycles = PDSA-syklusar
pdsa-no-cycles = Ingen PDSA-syklus enno (c startar ein)
pdsa-new-cycle = Ny PDSA-syklus
pdsa-cycle-title = PDSA-syklus { $n }
pdsa-cycle-of = Syklus { $n } av { $total }
pdsa-evaluation = Evaluering
pdsa-no-evaluation = Ikkje evaluert enno (v)
pdsa-benefit = Gevinst
pdsa-no-benefit = Ingen gevinstplan enno (b)
pdsa-benefit-form = Gevinstplan
pdsa-indicator = Indikator
pdsa-no-indicator = Ingen indikator kopla til (i)
pdsa-link-indicator = Kople kortet til ein indikator
pdsa-unlink = (ingen indikator)
pdsa-picker-keys = ↑↓ vel · Enter kople · Esc avbryt
pdsa-minutes-heading = Forbetringsarbeid
pdsa-no-signal = inga signal
pdsa-adopt = ta i bruk
pdsa-adapt = juster
pdsa-abandon = forkast
pdsa-kind-avoided-cost = Unngåtte kostnader
pdsa-kind-time-saved = Spart tid
pdsa-kind-better-quality = Auka kvalitet
pdsa-adapt-next = Justert: neste steg er ein ny syklus, syklus { $n } (c)
pdsa-msg-prediction-first = Skriv prediksjonen før syklusen startar: kva trur de skjer? (ikkje lagra)
pdsa-msg-bad-decision = «{ $text }» er inga avgjerd: skriv ta i bruk, juster eller forkast
pdsa-msg-bad-kind = «{ $text }» er ingen gevinsttype: skriv unngåtte kostnader, spart tid eller auka kvalitet (1–3)
pdsa-msg-by-past = { $date } har vore: gevinsten blir realisert innan ein dag som kjem
pdsa-msg-ended-before-started = Syklusen kan ikkje slutte før han starta
pdsa-msg-no-cycle = Kortet har ingen PDSA-syklus enno: c startar ein
pdsa-msg-no-indicators = Tavla har ingen indikatorar å kople kortet til
cmd-help-pdsa-new = start ein ny PDSA-syklus (plan og prediksjon først)
cmd-help-pdsa-edit = skriv i den siste PDSA-syklusen: start, målt, resultat, avgjerd
cmd-help-pdsa-evaluate = svar på evalueringsspørsmåla
cmd-help-pdsa-indicator = kople kortet til ein indikator (køyrediagrammet blir vist på kortet)
cmd-help-pdsa-benefit = gevinsttype og gevinstplan: kven, innan når, korleis målast
cmd-hint-pdsa-new = ny syklus
cmd-hint-pdsa-edit = syklus
cmd-hint-pdsa-evaluate = evaluer
pdsa-role-team-leader = Teamleiar
pdsa-role-measurement-lead = Måleansvarleg
pdsa-role-set = { $role }: { $name }
pdsa-role-empty = { $role }: ingen
pdsa-routine-added = Rutine laga: { $title } (revidert { $revision })
pdsa-routine-changed = Rutine endra: { $title } ({ $fields })
pdsa-routine-removed = Rutine fjerna: { $title }
pdsa-edited-evaluation = evalueringa skriven
pdsa-edited-benefit = gevinstplanen endra
pdsa-edited-indicator = indikatoren kopla
pdsa-edited-cycles = PDSA-syklusane endra
pdsa-edited-a3 = A3 endra

## Målerunden: måleansvarleg sin runde (issue 22 punkt 5, seed 001)
every-week = kvar veke
every-month = kvar månad
every-quarter = kvart kvartal
every-year = kvart år
every-days = { $count ->
    [1] kvar dag
   *[other] kvar { $count }. dag
}
diag-bad-every = ukjend kor ofte i "every": `{ $value }`
diag-bad-every-hint = skriv week, month, quarter, year eller eit tal dagar som "14 days"; indikatoren er ikkje med i målerunden før det er retta
round-title = Målerunde { $date }
round-count = { $count ->
    [0] ingenting skal målast
    [1] 1 indikator skal målast
   *[other] { $count } indikatorar skal målast
}
round-who = Vert målt av: { $who }
round-no-one = ingen måleansvarleg
round-last = sist { $value } ({ $date })
round-never = aldri målt
round-due = frist { $date }
round-due-now = skal målast no
round-unreadable = { $file } kan ikkje lesast og er ikkje med (sjå tavle check)
round-col-indicator = Indikator
round-col-every = Kor ofte
round-col-who = Vert målt av
round-col-last = Sist målt
round-col-due = Frist
round-col-value = Verdi i dag
round-name = Målerunde
round-done = registrert
round-empty = Ingen indikatorar skal målast i dag.
round-all-done = Alle verdiane er registrerte.
round-help-line = Skriv verdien og trykk Enter. Tab/↓ hoppar over, ↑ går tilbake.
cmd-help-round-open = målerunden: skriv inn verdiane i dag for alle indikatorar som skal målast
cmd-hint-round-open = målerunde
cmd-help-round-save = lagre verdien (dato: i dag) og gå til neste
cmd-hint-round-save = lagre
cmd-help-round-skip = hopp over denne indikatoren
cmd-hint-round-skip = hopp over
cli-round = Indikatorane som skal målast i dag, på alle tavlene i mappa (for måleansvarleg)
cli-round-dir = Mappa med tavler
cli-round-who = Berre det denne personen måler
cli-round-format = text, markdown eller json
cli-round-exit = Avslutningskode 0 anten noko skal målast eller ikkje; 2 når mappa ikkje finst.

## Driftstavle: bemanning, risiko, avvik og årshjul (sak 22)
merge-element-staffing = Bemanning
merge-element-risk = Risiko
merge-element-deviation = Avvik
merge-element-event = Årshjul-hending
id-kind-risk = risiko
id-kind-deviation = avvik
id-kind-event = årshjul-hending
id-kind-staffing = bemanning
diag-unknown-link = viser til { $kind } som ikkje finst: `{ $id }`
diag-unknown-shift = bemanning for ei vakt tavla ikkje har: `{ $shift }`
diag-unknown-shift-hint = legg vakta til i "staffing"."shifts", eller rett namnet
ops-msg-shift-gone = tavla har inga vakt { $shift }
ops-msg-shift-exists = tavla har vakta { $shift } alt
ops-msg-staff-exists = bemanninga for { $entry } finst alt
ops-msg-below-zero = Færre enn 0 kan ikkje vere til stades
ops-msg-risk-gone = risikoen { $risk } finst ikkje lenger
ops-msg-risk-exists = risikoen { $risk } finst alt
ops-msg-one-to-five = Sannsyn og konsekvens er 1 til 5, ikkje { $value }
ops-msg-deviation-gone = avviket { $deviation } finst ikkje lenger
ops-msg-deviation-exists = avviket { $deviation } finst alt
ops-msg-already-linked = Tiltakskortet { $card } er laga alt
ops-msg-event-gone = hendinga { $event } finst ikkje lenger i årshjulet
ops-msg-event-exists = hendinga { $event } finst alt i årshjulet
ops-msg-no-such-week = Det finst inga veke { $week }
ops-msg-already-made = Hendinga { $event } har fått kortet sitt for { $year } alt
ops-msg-not-made = Hendinga { $event } har ikkje fått noko kort for { $year }
ops-level-low = låg
ops-level-medium = middels
ops-level-high = høg
ops-staff-missing = Bemanning { $shift } { $date }: { $present } av { $planned } til stades, { $missing } manglar
ops-staff-set = Bemanning { $shift } { $date }: { $present } av { $planned } til stades
ops-staff-present = Bemanning { $shift } { $date }: { $present } til stades
ops-staff-cleared = Bemanning { $shift } { $date }: teken bort
ops-shifts-set = Vaktene er no: { $shifts }
ops-staff-rolled-off = { $count ->
    [one] Bemanninga for éin dag som har vore, er rydda bort
   *[other] { $count } bemanningstal for dagar som har vore, er rydda bort
}
ops-staff-put-back = { $count ->
    [one] Eitt bemanningstal er lagt tilbake
   *[other] { $count } bemanningstal er lagde tilbake
}
ops-risk-added = Risiko lagd til: { $title } (sannsyn { $likelihood }, konsekvens { $consequence }, { $level })
ops-risk-changed = Risiko endra: { $title } ({ $fields }; sannsyn { $likelihood }, konsekvens { $consequence }, { $level })
ops-risk-removed = Risiko fjerna: { $title }
ops-deviation-added = Registrert avvik { $date }: { $category }
ops-deviation-changed = Avvik endra: { $category } ({ $fields })
ops-deviation-removed = Avvik fjerna: { $category }
ops-measure-from-risk = Tiltak laga av risiko { $risk }: { $title }
ops-measure-from-deviation = Tiltak laga av avvik { $deviation }: { $title }
ops-measure-made = Tiltak laga: { $title }
ops-event-added = Årshjul: { $title } lagd til i veke { $week }
ops-event-changed = Årshjul: { $title } endra ({ $fields }), veke { $week }
ops-event-removed = Årshjul: { $title } fjerna
ops-event-card = Årshjul veke { $week } { $year }: { $title } vart kortet { $card }
ops-minutes-heading = Bemanning, risikoar, avvik og årshjul

ops-panel-goals = Mål og indikatorar
ops-panel-staffing = Bemanning i dag
ops-panel-risks = Risiko og avvik
ops-panel-measures = Tiltak
ops-panel-deadlines = Fristar og årshjul
ops-panel-not-shown = Denne tavla viser ikkje { $panel }: legg til "{ $name }" i "panels" på tavla for å vise det
cmd-help-focus-goals = gå til mål og indikatorar
cmd-hint-focus-goals = mål
cmd-help-focus-staffing = gå til bemanninga
cmd-hint-focus-staffing = bemanning
cmd-help-focus-risks = gå til risiko og avvik
cmd-hint-focus-risks = risiko
cmd-help-focus-measures = gå til tiltaka (kolonnane)
cmd-hint-focus-measures = tiltak
cmd-help-focus-deadlines = gå til fristar og årshjul
cmd-hint-focus-deadlines = fristar

## Risks and deviations panel, deadlines and annual wheel panel (issue 22)
cmd-help-ops-new-risk = registrer ein ny risiko: tittel, sannsyn og konsekvens (1–5), ansvarleg
cmd-hint-ops-new-risk = ny risiko
cmd-help-ops-new-deviation = registrer eit avvik: dato, kategori og ein kort tekst utan personopplysningar
cmd-hint-ops-new-deviation = nytt avvik
cmd-help-ops-other-list = byt mellom risikoane og avvika
cmd-hint-ops-other-list = risiko/avvik
cmd-help-ops-edit-item = endre det valde
cmd-hint-ops-edit-item = endre
cmd-help-ops-remove-item = ta bort det valde (spør først; u angrar)
cmd-hint-ops-remove-item = ta bort
cmd-help-ops-make-measure = lag eit tiltakskort av det valde
cmd-hint-ops-make-measure = lag kort
cmd-help-ops-new-event = ny hending i årshjulet: veke, tittel og rolle
cmd-hint-ops-new-event = ny hending
cmd-help-ops-wheel-view = vis årshjulet som stripe eller som ring
cmd-hint-ops-wheel-view = stripe/ring
ops-label-likelihood = Sannsyn
ops-label-consequence = Konsekvens
ops-label-category = Kategori
ops-label-text = Kva skjedde
ops-label-week = Veke
ops-label-role = Rolle
ops-dialog-new-risk = Ny risiko
ops-dialog-edit-risk = Endre risiko
ops-dialog-new-deviation = Nytt avvik
ops-dialog-edit-deviation = Endre avvik
ops-dialog-new-event = Ny hending i årshjulet
ops-dialog-edit-event = Endre hending i årshjulet
ops-form-scale = 1 = svært lite sannsynleg / ubetydeleg · 5 = svært sannsynleg / svært alvorleg
ops-form-identity = Teksten ser ut til å innehalde eit fødselsnummer: det blir lagra maskert. Skriv utan personopplysningar.
ops-form-roles = 1 leiar · 2 teamleiar · 3 måleansvarleg · tomt = ingen
ops-form-categories = Brukt før: { $categories }
ops-risks-title = Risikoar
ops-risks-none = Ingen risikoar. n = ny risiko
ops-deviations-title = Avvik
ops-deviations-none = Ingen avvik. a = nytt avvik
ops-deviations-week = Avvik denne veka (veke { $week }): { $count }
ops-per-week = Avvik per veke
ops-to-measure = → tiltak
ops-axis-likelihood = S
ops-axis-consequence = K
ops-remove-ask = Ta bort «{ $title }»? x = ja · Esc = nei
ops-week-this = Veke { $week } – denne veka
ops-week-next = Veke { $week } – neste veke
ops-week-earlier = Forfalle før denne veka
ops-deadlines-none = ingen fristar
ops-of-card = kort
ops-of-goal = mål
ops-of-revision = revisjon
ops-overdue = forfalle
ops-wheel-ahead = Årshjulet, vekene framover
ops-wheel-none = Ingen hendingar i årshjulet. n = ny hending
ops-wheel-to-card = → kort
ops-wheel-made = kort { $card }
ops-wheel-year = Året { $year }
ops-strip-legend = ◉ hending · ▼ denne veka
ops-role-leader = leiar
ops-role-team-leader = teamleiar
ops-role-measurement-lead = måleansvarleg
ops-msg-not-one-to-five = «{ $text }» er ikkje eit tal frå 1 til 5
ops-msg-not-a-week = «{ $text }» er ikkje ei veke frå 1 til 53
ops-msg-unknown-role = «{ $text }» er inga rolle: skriv 1 leiar, 2 teamleiar, 3 måleansvarleg eller la feltet stå tomt
ops-msg-not-due = Berre ei hending som står for tur (merkt → kort) blir kort med c
ops-msg-not-a-card = Enter opnar eit kort: vel fristen til eit kort eller ei hending som har blitt kort (✓)
ops-week-word = veke
ops-symbol-risk-low = låg risiko (sannsyn × konsekvens 1–4)
ops-symbol-risk-medium = middels risiko (5–12)
ops-symbol-risk-high = høg risiko (15–25)
ops-symbol-wheel-event = hending i årshjulet
ops-symbol-this-week = denne veka
ops-symbol-to-card = har blitt eller blir eit kort

## Driftstavla på skjermen: bemanningspanelet (sak 22, del 2)
staff-shift = Vakt
staff-planned = Planlagt
staff-present = Til stades
staff-full = ✓ fullt
staff-not-a-shift = ikkje ei av vaktene på tavla
staff-count = Tal
staff-new-shift = Ny vakt
staff-no-figures = Ingen tal for i dag enno: p set kor mange som er planlagde
staff-gap = ▼ { $missing } manglar
staff-total = { $missing ->
    [0] I dag er alle vakter med tal fullt bemanna
   *[other] I dag manglar { $missing }
}
staff-remove-ask = Ta bort vakta «{ $shift }»? Tala som er førte for henne, blir ståande.
staff-msg-unknown = { $shift } har ingen tal i dag enno: p set kor mange som er planlagde, Enter kor mange som er til stades
staff-msg-bad-count = «{ $text }» er ikkje eit tal på personar: skriv eit heilt tal frå 0, eller la feltet stå tomt
cmd-help-ops-more-present = éin til er til stades på vakta
cmd-hint-ops-more-present = éin til
cmd-help-ops-fewer-present = éin færre til stades (sjukmelding)
cmd-hint-ops-fewer-present = éin færre
cmd-help-ops-set-present = skriv kor mange som er til stades
cmd-hint-ops-set-present = til stades
cmd-help-ops-set-planned = skriv kor mange som er planlagde
cmd-hint-ops-set-planned = planlagt
cmd-help-ops-add-shift = ny vakt
cmd-hint-ops-add-shift = ny vakt
cmd-help-ops-remove-shift = ta bort vakta (spør først)
cmd-hint-ops-remove-shift = ta bort

## Settings (tavle.toml)
settings-at = { $file }:{ $line }:{ $column }: { $what } (tavle brukar standardverdien)
settings-syntax = fila er ikkje gyldig TOML ({ $detail }): rett linja, eller ta fila bort
settings-unknown = tavle kjenner ikkje innstillinga «{ $key }»: ta henne bort (sjå docs/settings.md)
settings-unknown-like = tavle kjenner ikkje innstillinga «{ $key }»: meinte du «{ $like }»?
settings-only-team = «{ $key }» høyrer heime i tavle.toml i tavlemappa, ikkje i di eiga
settings-only-person = «{ $key }» høyrer heime i di eiga tavle.toml: i tavlemappa ville ho gjelde alle
settings-bad-lang = «{ $key }» må vere nb, nn eller en
settings-bad-theme = «{ $key }» må vere dark, light, colour-safe eller mono
settings-bad-minutes = «{ $key }» må vere eit heilt tal minutt frå 1 til 1440
settings-bad-seconds = «{ $key }» må vere eit tal sekund frå 0,5 til 3600 (skriv 1.5 med punktum)
settings-bad-screens = «{ $key }» må vere ei liste av overview, boards og indicators, til dømes ["overview", "boards"]
settings-bad-table = «{ $key }» må vere ein tabell: [{ $key }] på ei eiga linje, med innstillingane under
settings-bad-name = «{ $key }» må vere eit namn på éi linje i hermeteikn
msg-settings-more = { $first } (og { $more } til: tavle check viser alle)
start-interval-bad = --interval { $value }: skriv kor mange sekund kvar skjerm skal visast, frå 0,5 til 3600, til dømes --interval 20
start-theme-bad = --theme { $value }: temaet finst ikkje; vel dark, light, colour-safe eller mono
cli-wall = Vis tavlene på ein veggskjerm: berre lesing, skiftar skjerm av seg sjølv, følgjer endringar (ein tast set på pause, q avsluttar)
cli-interval = Med --wall: kor mange sekund kvar skjerm blir vist (standard 20, eller [wall] interval i tavle.toml)
cli-theme = Fargane: dark, light (høg kontrast for lyse rom og prosjektor), colour-safe (trafikklys for fargeblinde) eller mono
cli-env-cache = Kvar rekkjefølgja til tavlene frå førre gong vert lagra, så dei verste tavlene i ei stor mappe vert lesne først: $XDG_CACHE_HOME/tavle, elles $HOME/.cache/tavle (Windows: %LOCALAPPDATA%\tavle); berre tal, datoar og filnamn, lesbart berre for deg
cli-env-no-color = Kva verdi som helst: ingen fargar (temaet mono), når --theme ikkje er gjeve
cli-value-theme = TEMA
settings-not-text = innhaldet er ikkje UTF-8-tekst
settings-unreadable = fila kan ikkje lesast ({ $why })

## Wallboard (tavle --wall)
wall-place = { $at } av { $of }
wall-paused = ⏸ pause: mellomrom går vidare, q avsluttar
wall-changed-now = ✱ endra no
wall-changed = sist endra { $when }
wall-never-changed = inga endring registrert
wall-empty = Ingen tavler å vise i mappa enno. Tavlene kjem fram her så snart dei vert lagde i mappa.
cmd-help-wall-pause = pause, eller vidare etter pause (alle andre tastar set òg på pause)
cmd-hint-wall-pause = pause/vidare
cmd-help-wall-next = neste eller førre skjerm (og pause)
cmd-hint-wall-next = neste/førre
cmd-help-wall-prev = førre skjerm (og pause)
cmd-hint-wall-prev = førre
cmd-help-wall-quit = avslutt tavleveggen
cmd-hint-wall-quit = avslutt

## Rommet: fargetema, stor skrift og zoom (sak 23, del 1 og 3)
room-theme-dark = mørkt
room-theme-light = lyst, høg kontrast
room-theme-colour-safe = fargetrygt (blå–gul–oransje)
room-theme-mono = svart-kvitt
room-msg-theme = Fargetema: { $theme }
room-msg-no-card = Ingen kort er valt: vel eit kort med piltastane og trykk z igjen
room-zoom-no-owner = ingen ansvarleg
room-zoom-no-due = ingen frist
room-zoom-no-light = utan lys
room-zoom-done = ferdig
cmd-help-theme = neste fargetema
cmd-hint-theme = tema
cmd-help-zoom = det valde kortet i stor skrift
cmd-hint-zoom = zoom
cmd-help-big-header = stor tittel og møteklokke
cmd-hint-big-header = stor tittel
cmd-help-zoom-close = lukk den store visinga
cmd-hint-zoom-close = lukk
views-symbol-big-letters = store bokstavar (z, Z, den store klokka)

## Statussida for dei som ikkje er i rommet (sak 23, del 4): tavle status --format html
status-page-updated = Oppdatert { $date } kl. { $time }
status-page-boards = Tavlene
status-page-light = Lys
status-page-no-red = Ingen raude eller forfalne tiltak.
status-page-measure = Tiltak
status-page-indicators = Indikatorar
status-page-chart = Seriediagram for «{ $title }»: { $count } målingar frå { $from } til { $to }
status-page-no-values = Ingen målingar enno.
status-page-broken = kunne ikkje lesast
status-page-stale = Tavla kunne ikkje lesast no ({ $error }). Sida viser det ho sist inneheldt.
status-page-legend = Teiknforklaring
status-page-lights-note = Kvart lys har si eiga form og sitt eige ord, så sida kan lesast utan fargar og skrivast ut i svart-kvitt.
status-page-refresh-note = tavle held sida oppdatert medan tavlene blir endra, og nettlesaren lastar ho inn på nytt kvart { $seconds }. sekund.
status-page-footer = Laga av tavle. Sida har ingen skript og hentar ingenting utanfrå.
status-page-not-written = Statussida vart ikkje skriven: { $reason }
status-page-watching = Held { $file } oppdatert medan tavlene i { $dir } blir endra. Ctrl+C avsluttar.
status-page-watch-error = Mappa kunne ikkje fylgjast: { $error }
status-page-out-is-board = { $file } ville blitt lesen som ei tavle i mappa: vel eit anna namn (til dømes status.html) eller ei anna mappe
cli-status-out = Skriv til denne fila i staden for på skjermen
cli-status-watch = Hald fila oppdatert medan tavlene blir endra (krev --out)

## Polling: what a screen costs the file server (tavle check --stats)

cli-check-stats = Vis kva det kostar å følgje mappa ved polling: talet på tavler, byte lesne per runde og kor lang tid ein runde tek
stats-head = Polling av { $dir } kvart { $interval } s (målt { $at }):
stats-boards = tavler: { $count }
stats-first = første runde (les alle filene): { $bytes } frå { $files } { $files ->
    [one] fil
   *[other] filer
}, { $ms } ms
stats-quiet = runde utan endringar: { $bytes } frå { $files } { $files ->
    [one] fil
   *[other] filer
}, { $stats } stat-kall, { $ms } ms
stats-average = i snitt: { $rate }/s per skjerm med éi tavle open (kvar fil blir likevel lesen på nytt minst kvart { $minutes }. minutt)

## The folder's first reading (a large folder, in the background)

loading-boards = Les tavlene … { $read } av { $total }
loading-board = Les tavla …
