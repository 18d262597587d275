# Les mots de workplan en français (Haïti).
#
# Un message par identifiant ; `{ $nom }` est une valeur que le programme remplit. Les mots qui
# comptent choisissent leur forme selon les catégories de pluriel du CLDR (en français, `one` vaut
# pour 0 et 1) : `{ $count -> [one] fichier *[other] fichiers }`. Chaque identifiant figure dans
# tous les catalogues avec les mêmes variables (les tests le vérifient). Voir docs/cli.md,
# Languages.

## En-têtes de tableaux et étiquettes

label-number = Numéro
label-title = Titre
label-schedule = Date
label-place = Lieu
label-resources = Ressources
label-status = État
label-area = Axe
label-name = Nom
label-objective = Objectif
label-activities = Activités
label-done = Réalisées
label-progress = Avancement
label-record = Réalisée
label-cancelled = Annulée
label-note = Note
label-total = Total
label-in-progress = En cours
label-pending = En attente
label-overdue = En retard
label-cancelled-count = Annulées
label-period = Période
label-no-date-yet = Sans date
label-other-years = Autres années
label-timeline = Calendrier
label-progress-by-area = Avancement par axe
label-progress-by-period = Avancement par période
label-overdue-status = en retard
label-planned = prévue
label-today = aujourd’hui
label-earlier = avant
label-later = après
label-line = ligne
label-paragraph = paragraphe
label-background = Contexte
label-purpose = Finalité
label-work-areas = Axes de travail
label-organisation = Organisation
label-year = Année
label-the-plan = Le plan
label-areas = Axes
label-added = Ajoutées
label-removed = Retirées
label-renumbered = Renumérotées
label-rescheduled = Reprogrammées
label-edited = Modifiées
label-working-tree = la copie de travail
label-error = erreur
label-warning = avertissement
label-help = aide
# `workplan site` (issue 19).
label-site-contents = Pages et fichiers du plan
label-site-report = Rapport
label-site-plan-document = Le plan en document (Markdown)
label-site-word-document = Le plan en document Word (.docx)
label-site-spreadsheet = Les activités en tableur (.xlsx)
label-site-calendar = Calendrier auquel s’abonner (iCalendar)
label-site-data = Les activités en données (JSON)

## Messages

no-plan-found = aucun plan trouvé : pas de `plan/plan.toml` dans `{ $start }` ni dans les répertoires au-dessus ; indiquez `--plan DIR` ou définissez WORKPLAN_DIR
cannot-open-dir = impossible d’ouvrir le répertoire du plan `{ $dir }`
not-a-dir = `{ $dir }` est un fichier, pas un répertoire de plan
no-plan-file = `{ $dir }` n’a pas de `plan.toml` : est-ce un répertoire de plan ? (voir docs/format.md)
plan-has-errors = le plan n’a pas pu être lu : { $count } { $count ->
        [one] erreur
       *[other] erreurs
    }
unknown-activity = il n’y a aucune activité `{ $number }` dans le plan ; les plus proches : { $nearest }
not-an-activity-number = `{ $value }` n’est pas un numéro d’activité : écrivez-le comme dans le plan, par exemple 3.1.2
no-activities = le plan n’a aucune activité
bad-semester = `{ $value }` n’est pas un semestre : écrivez 1, 2 ou une année et un semestre comme 2022-S1
bad-today = `{ $value }` n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ
bad-date = `{ $value }` n’est pas une date : écrivez-la sous la forme AAAA-MM-JJ, par exemple 2022-03-10
date-in-future = `{ $date }` est postérieure à aujourd’hui ({ $today }) : l’avancement s’enregistre une fois réalisé
date-before-approval = `{ $date }` est antérieure à l’approbation du plan ({ $approved }) : vérifiez la date
done-while-cancelled = { $number } a été annulée le { $on } : lancez `workplan reopen { $number }` pour défaire l’annulation, ou indiquez --force pour l’enregistrer quand même
already-done = { $number } figure déjà comme réalisée le { $on } : indiquez --force pour l’enregistrer de nouveau
target-reached = { $number } a déjà { $done } enregistrements sur { $target }, son objectif : indiquez --force pour en ajouter un
already-cancelled = { $number } est déjà annulée (le { $on }) : indiquez --force pour remplacer la date et le motif
nothing-to-reopen = { $number } n’a aucun enregistrement et n’est pas annulée : il n’y a rien à défaire
empty-reason = le motif est vide : dites pourquoi l’activité est annulée avec --reason TEXTE
read-only-file = `{ $file }` est en lecture seule : workplan ne modifie pas un fichier ainsi marqué ; rendez-le modifiable (chmod u+w) pour enregistrer l’avancement
read-only-dir = le répertoire du plan `{ $dir }` est en lecture seule : workplan écrit chaque modification dans un nouveau fichier de ce répertoire puis le renomme à la place de l’ancien ; rendez le répertoire modifiable (chmod u+w)
cannot-write = impossible d’écrire `{ $file }` ; il est resté tel quel
cannot-lock = impossible de verrouiller le répertoire du plan `{ $dir }`
file-keeps-changing = `{ $file }` a continué de changer pendant que workplan le modifiait : rien n’a été écrit ; réessayez une fois le fichier enregistré
cannot-edit = workplan ne peut pas modifier `{ $key }` de { $number } tel que `{ $file }` l’écrit : modifiez-le à la main (voir docs/format.md, Progress)
edit-not-valid = `{ $file }` modifié ne pourrait pas être lu : rien n’a été écrit (une erreur de workplan ; merci de la signaler)
ambiguous-number = `{ $file }` a plus d’une activité numérotée { $number } : renumérotez-les d’abord (voir `workplan validate`)
carried-out = réalisée le { $date }
record-removed = l’enregistrement du { $date } a été retiré
no-longer-cancelled = n’est plus annulée
cancelled-on = annulée le { $date }
changed = { $number } { $title } : { $what } ({ $progress })
validate-summary = { $files } { $files ->
        [one] fichier vérifié
       *[other] fichiers vérifiés
    }, { $activities } { $activities ->
        [one] activité
       *[other] activités
    }{ $unread ->
        [0] {""}
        [one] , sans compter celles de { $unread } fichier qui n’a pas pu être lu
       *[other] , sans compter celles de { $unread } fichiers qui n’ont pas pu être lus
    } : { $errors } { $errors ->
        [one] erreur
       *[other] erreurs
    }, { $warnings } { $warnings ->
        [one] avertissement
       *[other] avertissements
    }{ $allowed ->
        [0] {""}
        [one] {" "}({ $allowed } permis)
       *[other] {" "}({ $allowed } permis)
    }
bad-horizon = `{ $value }` n’est pas une durée : écrivez un nombre de jours (30 ou 30d), de semaines (2w) ou de mois (3m)
as-of = { $title } — { $organisation }, au { $date }
summary-note = En retard : en attente ou en cours après la fin de leur période prévue (comptées dans ces deux colonnes). Avancement : chaque activité non annulée pèse autant ; une activité à plusieurs réalisations compte la part réalisée.
report-footer = Produit avec workplan { $version } le { $date }.
wrote = `{ $path }` écrit
calendar-written = { $events } { $events ->
        [one] événement écrit
       *[other] événements écrits
    } dans `{ $path }`
left-out = { $count } { $count ->
        [one] activité sans date laissée
       *[other] activités sans date laissées
    } de côté : { $numbers }
cannot-write-output = impossible d’écrire `{ $path }`
cannot-read-document = impossible de lire le document `{ $file }`
document-empty = `{ $file }` est vide : il n’y a aucun plan à importer
document-too-large = `{ $file }` est trop volumineux pour être un document de plan ({ $mib } Mio ; la limite est de { $limit } Mio)
document-has-no-areas = `{ $file }` n’a aucun axe de travail numéroté : numérotez-les comme dans le plan approuvé, « 3.1) Nom » avec des activités « 3.1.1) Titre » (voir docs/import.md)
document-not-zip = `{ $file }` n’est pas un document Word lisible ({ $reason }) : enregistrez-le de nouveau en .docx, ou en texte brut
document-not-word = `{ $file }` est une archive zip mais pas un document Word : il n’a pas de word/document.xml
document-bad-xml = le document Word `{ $file }` est endommagé : { $reason } ; enregistrez-le de nouveau depuis Word
document-has-no-year = `{ $file }` n’indique pas l’année du plan : mettez-la dans le titre (« Plan de Trabajo 2022 ») ou ajoutez une ligne « Année : 2022 » avant la première section
read-as-windows1252 = avis : `{ $file }` n’est pas du texte UTF-8 ; il a été lu comme Windows-1252 (Europe occidentale)
target-not-empty = `{ $dir }` existe déjà et n’est pas vide : choisissez un autre répertoire, ou indiquez --force pour remplacer ses fichiers de plan
target-not-a-dir = `{ $dir }` est un fichier, pas un répertoire
imported = `{ $file }` importé dans `{ $dir }` : { $areas } { $areas ->
        [one] axe
       *[other] axes
    }, { $activities } { $activities ->
        [one] activité
       *[other] activités
    }.
imported-area = { $number } { $name } : { $activities } { $activities ->
        [one] activité
       *[other] activités
    } ({ $file })
removed = `{ $file }` retiré, le document ne l’ayant plus
to-check = À vérifier ({ $count }) :
nothing-to-check = Rien à vérifier : chaque ligne a été comprise.
check-with-validate = Étape suivante : workplan --plan { $dir } validate
kept-comment = Non interprété ({ $unit } { $at }) : { $text }
count-comment = { $words }, d’après le titre
plan-file-header = { $title } : données générales du plan.
plan-file-layout = Chaque axe de travail est dans son propre fichier ({ $first }-….toml, { $second }-….toml, …).
area-file-header = Axe { $number } du { $title }, tel qu’approuvé.
format-pointer = Format : docs/format.md
committee-line = { $name } : { $members }
committee-line-chaired = { $name } : { $members } (sous la présidence de { $chair })
list-and = { $init } et { $last }
overview =
    workplan tient un plan de travail annuel dans des fichiers TOML, dans un répertoire plan/. Pour commencer :

      workplan list               les activités (filtres : --area 3.1, --semester 2, --status pending)
      workplan show 3.1.2         une activité en entier
      workplan validate           vérifie le plan et signale la ligne de chaque erreur
      workplan done 3.1.2         enregistre qu’une activité a été réalisée
      workplan summary            où en est l’année

    `workplan --help` liste les commandes et `workplan COMMANDE --help` en explique une, avec des exemples
    (l’aide est en anglais ; les messages et les tableaux, en français).
plan-directory = répertoire du plan : `{ $dir }`
files-read = { $files } { $files ->
        [one] fichier lu
       *[other] fichiers lus
    }, { $activities } { $activities ->
        [one] activité
       *[other] activités
    } en { $millis } ms
finished = terminé en { $millis } ms
man-pages-written = { $count } { $count ->
        [one] page de manuel écrite
       *[other] pages de manuel écrites
    } dans `{ $dir }`
formatted = `{ $file }` mis en forme
all-formatted = { $count } { $count ->
        [one] fichier du plan est
       *[other] fichiers du plan sont
    } déjà au format canonique
need-formatting = { $count } { $count ->
        [one] fichier du plan n’est
       *[other] fichiers du plan ne sont
    } pas au format canonique : lancez `workplan fmt`
format-would-change = mettre en forme `{ $file }` changerait ce que dit le plan : rien n’a été écrit (une erreur de workplan ; merci de la signaler)
diff-heading = Modifications du plan de { $from } à { $to }
no-changes = Aucune modification du plan de { $from } à { $to }
not-a-git-repository = `{ $dir }` n’est pas dans un dépôt git : `diff`, `log` et `--rev` lisent les versions d’un plan conservé dans git (voir docs/history.md)
git-missing = impossible de lancer `git` : installez git, ou vérifiez qu’il est dans le PATH
unknown-revision = révision inconnue `{ $revision }` : indiquez un commit, une branche ou une étiquette (voir `git log --oneline` et `git tag`)
git-failed = git a échoué : { $message }
no-plan-at-revision = il n’y a pas de plan dans `{ $dir }` à `{ $revision }` (pas de `plan.toml`)
revision-has-errors = le plan à `{ $revision }` n’a pas pu être lu : { $count } { $count ->
        [one] erreur
       *[other] erreurs
    }
file-changes = Modifications du plan dans { $path }
no-changes-to-file = Aucune modification de ce que dit { $path } (seuls son nom, sa mise en page ou ses commentaires ont changé)
driver-arguments = git-diff-driver reçoit les 7 ou 9 arguments que git passe à un programme de diff externe, pas { $count } : configurez-le comme l’indique docs/ci.md
cannot-read = impossible de lire `{ $file }`
migrated = `{ $file }` mis à jour de la version { $from } à la { $to }
nothing-to-migrate = { $count } { $count ->
        [one] fichier du plan est
       *[other] fichiers du plan sont
    } déjà à la version { $version } : rien à mettre à jour
migrate-not-toml = `{ $file }` n’est pas du TOML valide : `workplan validate` montre où ; rien n’a été écrit
migrate-unknown-version = `{ $file }` indique `schema = { $version }`, une version que ce workplan ne sait pas mettre à jour : mettez à jour workplan ; rien n’a été écrit
migrate-wording = `{ $file }` : { $number } indique `date = "{ $wording }"`, que workplan ne sait pas lire comme une date : remplacez-le à la main par un code `schedule` (voir docs/format.md) ; rien n’a été écrit
migrate-no-year = `{ $file }` a une activité annuelle, mais plan.toml n’a pas de `year` : ajoutez-le d’abord ; rien n’a été écrit
migration-leaves-errors = une fois mis à jour, le plan aurait encore { $count } { $count ->
        [one] erreur : rien n’a été écrit ; corrigez-la
       *[other] erreurs : rien n’a été écrit ; corrigez-les
    } et relancez `workplan migrate`
renumber-other-area = impossible de déplacer { $from } vers { $to } : `workplan renumber` déplace une activité à l’intérieur de son axe ({ $area }) ; pour la porter dans un autre axe, déplacez à la main sa table [[activity]] dans le fichier de cet axe, puis lancez `workplan renumber` sur la dernière activité de chaque axe pour combler les trous
renumber-out-of-range = { $to } est hors limites : l’axe { $area } a { $count } { $count ->
        [one] activité, numérotée
       *[other] activités, numérotées
    } jusqu’à { $last } ; la plus proche : { $nearest }
nothing-to-renumber = { $number } est déjà à sa place et son axe est numéroté dans l’ordre : rien à faire

# New-user fixes (issue 17).
unknown-area-number = il n’y a aucun axe `{ $area }` dans le plan ; les plus proches : { $nearest }
unknown-area-name = aucun axe ne porte le numéro `{ $area }` ni ne l’a dans son nom : `workplan areas` les liste
unknown-area-name-near = aucun axe ne porte le numéro `{ $area }` ni ne l’a dans son nom ; vouliez-vous dire { $nearest } ?
no-activity-matches = aucune activité ne correspond
semester-outside-plan-year = aucune activité ne correspond : { $semester } est hors de l’année du plan, { $year } (écrivez 1 ou 2 pour ses semestres)
date-outside-plan-year = `{ $date }` est hors de l’année du plan, { $year } : vérifiez la date, ou indiquez --force pour l’enregistrer quand même dans ce plan
overdue-count = { $count } en retard
undated-event = Pas encore de date : affichée sur toute l’année { $year }, celle du plan, au cours de laquelle elle doit être réalisée

# `workplan site` (issue 19).
site-footer = Produit avec workplan { $version } à partir du plan au { $date }, date de son dernier enregistrement.
site-written = site écrit dans `{ $dir }` : { $files } { $files ->
        [one] fichier
       *[other] fichiers
    }
site-not-empty = `{ $dir }` n’est pas vide et ne contient pas de site écrit par workplan : rien n’a été écrit ; choisissez un répertoire nouveau ou vide, ou ajoutez --force pour écrire le site parmi ses fichiers
site-not-directory = `{ $dir }` n’est pas un répertoire : rien n’a été écrit ; indiquez à --out un répertoire pour le site
cannot-write-site = impossible d’écrire le site dans `{ $dir }`

## États, dates prévues et dates

status-pending = en attente
status-in-progress = en cours
status-done = réalisée
status-cancelled = annulée
schedule-none = —
schedule-to-be-defined = À définir
schedule-as-needed = Selon les besoins
schedule-annual = Annuel
schedule-with-count = { $schedule } ({ $count })
times-a-year = { $times } par an
times = { $times } fois
frequency-month = Mensuel
frequency-quarter = Trimestriel
frequency-semester = Semestriel
period-year = Toute l’année { $year }
period-semester = { $semester ->
        [1] 1er
       *[other] { $semester }e
    } semestre { $year }
period-quarter = { $quarter ->
        [1] 1er
       *[other] { $quarter }e
    } trimestre { $year }
period-month = { $month } { $year }
quarter-short = T{ $quarter }
# Un jour : « 15 mars 2022 », « 1er mars 2022 ».
date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.

## Ce qu’un diff nomme comme modifié

field-organisation = organisation
field-title = titre
field-year = année
field-background = contexte
field-purpose = finalité
field-approved-by = approuvé par
field-approved-on = approuvé le
field-committee = comité
field-members = membres du comité
field-chair = présidence
field-name = nom
field-objective = objectif
field-place = lieu
field-resources = ressources
field-target = fois prévues
field-allow = avertissements acceptés

## Pourquoi le système a refusé un fichier ($kind), ou ses propres mots ($system)

io-reason = { $kind ->
        [not-found] fichier ou répertoire inexistant
        [permission-denied] permission refusée
        [already-exists] existe déjà
        [is-a-directory] est un répertoire
        [not-a-directory] n’est pas un répertoire
        [directory-not-empty] le répertoire n’est pas vide
        [storage-full] plus d’espace sur le périphérique
        [quota-exceeded] quota de disque dépassé
        [read-only-filesystem] le système de fichiers est en lecture seule
        [file-too-large] le fichier est trop volumineux
        [resource-busy] la ressource est occupée
        [timed-out] le délai d’attente est dépassé
        [interrupted] l’opération a été interrompue
        [out-of-memory] mémoire insuffisante
       *[other] { $system }
    }

## Problèmes que trouve `validate`, chacun avec une aide

place-plan-file = plan.toml
place-approval = [approval]
place-committee = [committee]
place-area-file = un fichier d’axe
place-activity = une [[activity]]
place-record = un enregistrement `done`
place-cancellation = `cancelled`
expected-text = un texte entre guillemets
expected-integer = un nombre entier
expected-date = une date comme 2022-03-15
expected-table = une table
expected-list-of-text = une liste de textes entre guillemets
expected-list-of-tables = une liste de tables
toml-type = { $found ->
        [string] un texte
        [integer] un nombre entier
        [float] un nombre décimal
        [boolean] un booléen
        [datetime] une date et heure
        [array] une liste
        [table] une table
       *[other] { $found }
    }
did-you-mean = vouliez-vous dire `{ $known }` ?
problem-not-utf8 = le fichier n’est pas du texte UTF-8 (octet non valide à la position { $offset })
hint-not-utf8 = enregistrez le fichier en UTF-8 dans votre éditeur
problem-unreadable = impossible de lire le fichier : { $reason }
hint-unreadable = vérifiez qu’il existe et que vous avez le droit de le lire
problem-not-a-file = ceci n’est pas un fichier, bien que son nom se termine par .toml
hint-not-a-file = les répertoires de plan ne contiennent que des fichiers de plan : renommez-le ou déplacez-le
problem-too-large = le fichier est trop volumineux pour être un fichier de plan ({ $mib } Mio ; la limite est de { $limit } Mio)
hint-too-large = divisez l’axe, ou vérifiez que c’est bien le bon fichier
problem-syntax = TOML non valide : { $message }
problem-missing-schema = le fichier n’indique pas la version de son format
hint-missing-schema = un fichier de la version 0 (antérieure à `schema = 1`) se met à jour avec `workplan migrate` ; sinon, ajoutez `schema = 1` en tête du fichier
problem-unsupported-schema = cette version de workplan ne prend pas en charge la version de format { $found } (prises en charge : { $supported })
hint-older-schema = lancez `workplan migrate` pour mettre à jour les fichiers du plan vers la version actuelle
hint-newer-schema = mettez à jour workplan, ou vérifiez le numéro de `schema`
problem-unknown-key = clé inconnue `{ $key }` dans { $place }
hint-unknown-key = retirez-la, ou consultez dans docs/format.md les clés du format
problem-missing-key = il manque `{ $key }` dans { $place }
hint-missing-key = ajoutez `{ $key } = …`
problem-wrong-type = `{ $key }` doit être { $expected }, pas { $found }
problem-out-of-range = `{ $key } = { $value }` est hors des valeurs admises
hint-year-range = écrivez l’année du plan en quatre chiffres, comme 2022
hint-count-range = `{ $key }` compte des fois : écrivez un nombre entier à partir de 1
problem-bad-number = `{ $value }` n’est pas un numéro valide
hint-bad-number = les numéros sont des entiers reliés par des points, sans zéro en tête : 3.1.2
problem-bad-schedule = `{ $value }` n’est pas une date que ce format connaît
hint-bad-schedule = écrivez l’une de celles-ci : { $forms }
problem-impossible-schedule = `{ $value }` désigne une date ou une période qui n’existe pas
hint-impossible-schedule = vérifiez le jour, le mois, le trimestre (1-4) ou le semestre (1-2)
problem-bad-frequency = `{ $value }` n’est pas une fréquence
hint-bad-frequency = écrivez month, quarter ou semester
problem-not-a-date = `{ $key }` doit être une date seule
hint-not-a-date = écrivez-la sous la forme AAAA-MM-JJ, sans heure ni fuseau horaire, p. ex. 2022-03-15
problem-duplicate-area = l’axe { $number } est déjà décrit dans `{ $file }`
hint-duplicate-area = chaque axe a un seul fichier : fusionnez les deux ou renumérotez-en un
problem-not-an-area-number = `{ $value }` n’est pas un numéro d’axe
hint-not-an-area-number = les numéros d’axe ont deux parties, comme 3.1
problem-unknown-check = `{ $name }` n’est pas le nom d’une vérification
hint-unknown-check = les vérifications qui peuvent être permises sont : { $checks }
problem-not-allowable = les constats de `{ $name }` ne peuvent pas être permis
hint-not-allowable = corrigez plutôt le fichier ; seules celles-ci peuvent être permises : { $checks }
problem-number-gap = il n’y a pas de { $missing } : la numérotation saute à { $next }
problem-number-gaps = il manque { $missing } à { $through } : la numérotation saute à { $next }
hint-number-gap = renumérotez pour que les numéros se suivent 1, 2, 3 … sans trou, ou ajoutez ce qui manque
problem-duplicate-activity-number = le numéro d’activité { $number } est déjà utilisé à { $first }
hint-duplicate-activity-number = donnez à chaque activité un numéro qui lui est propre
problem-not-in-area = le numéro d’activité `{ $number }` n’appartient pas à l’axe { $area }
hint-not-in-area = les activités de l’axe { $area } sont numérotées { $area }.1, { $area }.2, … : renumérotez-la, ou déplacez-la dans le fichier de son propre axe
problem-file-name-mismatch = l’axe { $number } est dans `{ $file }`, un fichier dont le nom ne commence pas par son numéro
hint-file-name-mismatch = renommez le fichier en `{ $number }-….toml`, ou corrigez `number`
problem-stray-number-in-title = le titre commence par un numéro de trop, `{ $prefix }`
hint-stray-number-in-title = retirez-le du titre : le numéro de l’activité va dans `number`
problem-schedule-outside-year = prévue pour { $period } (`{ $code }`), hors de l’année du plan, { $year }
hint-schedule-moved = le plan ne couvre que { $year } : vouliez-vous dire `{ $code }` ?
hint-schedule-outside-year = le plan ne couvre que { $year } : placez l’activité en { $year }
problem-done-in-future = enregistrée comme réalisée le { $on }, après aujourd’hui ({ $today })
hint-done-in-future = enregistrez une réalisation une fois qu’elle a eu lieu, ou corrigez sa date
problem-done-before-approval = enregistrée comme réalisée le { $on }, avant l’approbation du plan ({ $approved })
hint-done-before-approval = corrigez la date : le travail fait avant l’approbation relève du plan précédent
problem-done-outside-period = enregistrée comme réalisée le { $on }, hors de sa période prévue ({ $planned })
hint-done-outside-period = corrigez la date, ou mettez à jour `schedule` si l’activité a été déplacée
problem-done-outside-plan-year = enregistrée comme réalisée le { $on }, hors de l’année du plan, { $year } (sa date : { $schedule })
hint-done-outside-plan-year = corrigez la date : ce plan ne couvre que { $year }
problem-done-too-often = enregistrée comme réalisée { $done } fois, mais prévue { $planned } fois
hint-done-too-often = retirez les enregistrements en trop, ou augmentez `target` si davantage étaient prévues
problem-missing-details = l’activité n’a pas { $missing }
missing-place = de lieu
missing-schedule = de date
missing-resources = de ressources
missing-or = { $init } ni { $last }
hint-missing-details = ajoutez ce qui manque ; si c’est encore en cours de définition, écrivez `allow = ["completeness"]` dans l’activité avec un commentaire qui explique pourquoi
problem-empty-title = le titre de l’activité est vide
hint-empty-title = écrivez le titre tel qu’approuvé
problem-empty-area-name = le nom de l’axe est vide
hint-empty-area-name = écrivez le nom tel qu’approuvé
problem-duplicate-activity = même titre et même date que l’activité { $first }
hint-duplicate-activity = si c’est une copie, retirez-la ; si elle a lieu deux fois, dites-le dans le titre (« Deuxième … ») ou donnez à chacune sa propre date
problem-unused-allowance = `{ $check }` est permis ici, mais cette activité n’a aucun avertissement `{ $check }`
hint-unused-allowance = retirez-le de `allow` : ce qu’il permettait a été corrigé

## Ce dont `import` n’était pas sûr, et ce qu’il a fait

doubt-title-recased = le titre `{ $written }` est en majuscules ; il a été écrit `{ $title }`
doubt-title-from-first-line = aucune ligne ne nomme le plan ; la première a été prise comme titre : `{ $title }`
doubt-organisation-from-assembly = l’organisation `{ $organisation }` a été tirée du nom de l’assemblée
doubt-no-organisation = aucune organisation trouvée : écrivez-la dans plan.toml
doubt-year-from-approval = le titre n’a pas d’année ; { $year }, l’année qui suit l’approbation, a été retenue
doubt-kept = non compris, conservé en commentaire : `{ $text }`
doubt-schedule-not-read = la date `{ $text }` n’a pas été comprise : pas de `schedule` ; le texte est conservé en commentaire
doubt-year-assumed = `{ $text }` n’indique pas d’année ; { $year }, l’année du plan, a été retenue
doubt-outside-plan-year = `{ $text }` est hors de l’année du plan ; conservé tel qu’écrit
doubt-number-in-title = le titre commence par un numéro (`{ $title }`) ; conservé tel qu’écrit
doubt-no-fields = ni lieu, ni date, ni ressources ; conservé tel qu’écrit
doubt-count-added = objectif de { $total } additionné à partir du titre : { $words }
doubt-counts-disagree = le titre dit { $title } fois, la date { $schedule } ; { $schedule } a été retenu
doubt-outside-its-area = le numéro n’est pas dans l’axe { $area } ; conservé dans cet axe tel qu’écrit
doubt-repeated-number = `{ $number }` est utilisé deux fois
doubt-repeated-field = un second `{ $text }` ; conservé en commentaire

## Writing, history, safety and import of tables (issues 13 to 16)

change-adds-errors = la modification ajouterait { $count } { $count ->
        [one] erreur
       *[other] erreurs
    } au plan (ci-dessus) ; rien n’a été écrit : corrigez les valeurs, ou utilisez --force pour l’écrire quand même
empty-title-given = le titre est vide : donnez le titre de l’activité
zero-target = --target doit valoir 1 ou plus : le nombre de fois que l’activité doit être réalisée
bad-schedule-given = `{ $value }` n’est pas une date prévue : écrivez un code (2022, 2022-S2, 2022-Q3, 2022-03, 2022-03-15, to-be-defined, as-needed) ou les mots du document (« 1er semestre 2022 », « Trimestriel (4 par an) », « À définir »)
unknown-area = aucun axe n’est `{ $value }` : donnez le numéro d’un axe, ou une partie de son nom qu’un seul axe porte (axes : { $known })
bad-position = --at `{ $value }` n’est pas une position dans l’axe { $area } : donnez un nombre de 1 jusqu’à la dernière place possible ({ $last })
title-required = l’activité a besoin d’un titre : utilisez --title TEXTE (workplan ne le demande que dans un terminal)
activity-added = { $number } { $title } : ajoutée à `{ $file }`
nothing-to-edit = rien à modifier : donnez au moins une valeur, ou --unset CLÉ
activity-edited = { $number } { $title } : { $keys } modifié
has-records = { $number } a { $count } { $count ->
        [one] enregistrement
       *[other] enregistrements
    } d’avancement, que la retirer ferait perdre ; utilisez `workplan cancel { $number } --reason TEXTE` pour garder son historique, ou --force pour la retirer quand même
activity-removed = { $number } { $title } : retirée
move-same-area = { $number } est déjà dans l’axe { $area } : utilisez `workplan renumber` pour changer sa place dans cet axe
activity-moved = { $from } -> { $to } { $title } : déplacée
no-records = { $number } n’a encore aucun enregistrement
no-such-record = { $number } n’a pas d’enregistrement { $wanted } : il en a { $count } (voir `workplan records { $number }`)
nothing-to-amend = --amend demande --on DATE, --note TEXTE ou les deux
record-amended = l’enregistrement du { $date } a été corrigé
area-exists = l’axe { $number } existe déjà, dans `{ $file }` : utilisez `workplan area edit { $number }`
empty-area-name-given = le nom est vide : donnez le nom de l’axe
area-added = axe { $number } : ajouté sous le nom `{ $file }`
area-edited = axe { $number } : modifié, dans `{ $file }`
area-has-activities = l’axe { $number } a { $count } { $count ->
        [one] activité
       *[other] activités
    } : déplacez-les ou retirez-les d’abord, ou utilisez --force pour retirer l’axe avec elles
area-removed = axe { $number } : `{ $file }` retiré
bad-area-number = `{ $value }` n’est pas un numéro d’axe : écrivez deux nombres séparés par un point, comme 3.1
init-needs-words = --organisation et --title ne peuvent pas être vides
bad-year = `{ $value }` n’est pas une année : écrivez-la en quatre chiffres, 2023
dir-not-empty = `{ $dir }` n’est pas vide : un nouveau plan va dans un répertoire nouveau ou vide (`workplan import` lit un document existant)
plan-created = plan créé dans `{ $dir }` ; ensuite : workplan --plan { $dir } area add 1.1 --name NOM
prompt-title = Titre
prompt-place = Lieu
prompt-schedule = Quand (2022-S2, 2022-Q3, « 1er semestre 2022 », « Trimestriel (4 par an) », « À définir »)
prompt-resources = Ressources
prompt-optional = Entrée pour laisser vide
area-required = l’activité a besoin d’un axe : utilisez --area AXE (son numéro ou une partie de son nom)
no-area-matches = aucun axe ne correspond à `{ $area }` : désignez-en un par son numéro ou une partie de son nom ({ $areas })
log-unreadable = le plan n’a pas pu être lu à ce commit ({ $files } ; `workplan validate --rev { $commit }` dit pourquoi) : le commit suivant est comparé à la dernière version lisible
log-plan-created = plan créé : { $areas } { $areas ->
        [one] axe
       *[other] axes
    }, { $activities } { $activities ->
        [one] activité
       *[other] activités
    }
no-history = aucun commit ne modifie encore le plan
no-history-of = aucun commit ne modifie { $what }
new-same-year = le plan est déjà celui de { $year } : donnez l’année du nouveau plan, par exemple { $next }
new-target-not-empty = `{ $dir }` existe déjà et n’est pas vide : donnez un nouveau répertoire pour le nouveau plan (rien n’a été écrit)
new-plan-written = `{ $dir }` écrit : { $title }, { $areas } { $areas ->
        [one] axe
       *[other] axes
    }, { $activities } { $activities ->
        [one] activité
       *[other] activités
    } du plan de { $from_year } ({ $left_out } { $left_out ->
        [one] laissée de côté
       *[other] laissées de côté
    }).
new-plan-to-fill = À compléter : l’approbation, quand l’Assemblée approuvera le plan, et le Comité exécutif qui l’élabore (modèles à la fin de `{ $file }`).
new-plan-next = Étape suivante : workplan --plan { $dir } validate ; le projet pour l’Assemblée : workplan --plan { $dir } export
new-plan-approval-later = À compléter quand l’Assemblée approuvera le plan :
new-plan-committee-later = À compléter avec le Comité exécutif qui l’élabore :
new-plan-has-errors = le nouveau plan aurait { $count } { $count ->
        [one] erreur
       *[other] erreurs
    } (ci-dessus), une erreur de workplan : rien n’a été écrit ; merci de la signaler
new-plan-inherits-errors = avertissement : le nouveau plan a { $count } { $count ->
        [one] erreur héritée
       *[other] erreurs héritées
    } du plan actuel : `workplan --plan { $dir } validate` les montre
draft-area-file-header = Axe { $number } du { $title } : projet établi à partir du plan de { $from_year }.
diff-heading-only = Modifications de { $only } de { $from } à { $to }
no-changes-only = Aucune modification de { $only } de { $from } à { $to }
focus-area = l’axe { $number }
focus-activity = l’activité { $number }
confirmation-not-shown = avertissement : la modification est écrite, mais sa confirmation n’a pas pu être affichée : { $reason }
output-exists = `{ $path }` existe déjà : indiquez --force pour le remplacer, ou choisissez un autre fichier
output-is-plan-file = `{ $path }` est un fichier du plan (ou serait lu comme tel) : écrivez la sortie ailleurs
link-outside = `{ $file }` est un lien symbolique qui mène hors du dépôt : il n’est pas lu ; mettez le fichier lui-même dans le répertoire du plan, ou retirez le lien
document-part-too-large = `{ $file }` : sa partie `{ $part }` dépasse { $limit } Mio une fois décompressée, plus que tout document de plan (un fichier endommagé ou trafiqué ?) ; rien n’a été écrit
waiting-for-lock = en attente : un autre processus workplan modifie le plan dans `{ $dir }`…
lock-timed-out = un autre processus workplan modifie le plan dans `{ $dir }` depuis { $seconds } s : abandon, rien n’a été écrit ; réessayez quand il aura fini (WORKPLAN_LOCK_TIMEOUT fixe l’attente)
bad-lock-timeout = WORKPLAN_LOCK_TIMEOUT vaut `{ $value }` : ce doit être un nombre de secondes, comme 30 ou 0.5
import-interrupted = une importation dans `{ $dir }` a été interrompue avant la fin : la prochaine commande qui modifie le plan la termine (relancez `workplan import --force`, par exemple) ; d’ici là, le plan n’est pas lu
cannot-finish-import = impossible de terminer l’importation interrompue dans `{ $dir }` : son journal, `.workplan-journal`, est endommagé ou n’est pas celui de workplan ; si aucune importation n’était en cours, examinez-le et supprimez-le
document-has-no-activities = `{ $file }` a des axes de travail mais aucune activité n’y a été trouvée : numérotez les activités « 3.1.1) Titre », ou mettez-les dans un tableau dont la ligne d’en-tête a une colonne « Actividad » (voir docs/import.md)
spreadsheet-unreadable = `{ $file }` n’est pas un classeur lisible ({ $reason }) : enregistrez-le de nouveau en .xlsx ou .ods, ou en CSV
csv-unreadable = { $file }:{ $line } : le CSV ne peut pas être lu ({ $reason }) : vérifiez les guillemets de cette ligne
document-not-text = { $file }:{ $line } : caractères de contrôle : le fichier n’est pas du texte en UTF-8 ni en Windows-1252 ; enregistrez-le de nouveau en « CSV UTF-8 »
spreadsheet-has-no-year = `{ $file }` n’indique pas l’année du plan : ni dans le nom d’une feuille, ni dans celui du fichier, ni dans les dates ; donnez-la avec --year 2024
binary-to-terminal = un fichier .{ $format } n’est pas du texte pour un terminal : écrivez-le avec -o plan.{ $format }, ou redirigez la sortie standard vers un fichier
plain-title = Plan de travail { $year }
cannot-write-spreadsheet = impossible d’écrire le classeur : { $reason }

# Import of tables, spreadsheets and other layouts (issue 16).
label-row = rangée
label-target = Objectif
label-times-done = Fois réalisée
doubt-no-title = aucun titre trouvé : `{ $title }` a été écrit ; corrigez-le dans plan.toml
doubt-area-without-activities = l’axe { $number } n’a aucune activité
doubt-dates-in-another-year = { $count } dates sur { $total } sont de { $year }, pas de { $plan_year }, l’année du plan : vérifiez l’année du plan
doubt-year-from-text = l’année du plan, { $year }, a été tirée de cette ligne
doubt-table-without-header = un tableau sans ligne d’en-tête avec une colonne `Actividad` : ses rangées ont été lues comme des lignes
doubt-column-kept = la colonne `{ $column }` n’a pas de place dans un plan : conservée en commentaire sur chaque activité
doubt-activities-without-area = activités sans axe : placées dans un nouvel axe, { $number } ; donnez-lui un nom dans son fichier
doubt-area-numbered = l’axe `{ $name }` n’a pas de numéro : numéroté { $number }
doubt-year-from-name = l’année du plan, { $year }, a été tirée du nom `{ $name }`
doubt-year-from-dates = l’année du plan, { $year }, a été tirée des dates, qui sont toutes de cette année
# safety-files: a link out of the repository.
problem-link-outside = ceci est un lien symbolique qui mène hors du dépôt (hors de git, du répertoire du plan) : il n’est donc pas lu
hint-link-outside = mettez le fichier lui-même dans le répertoire du plan, ou retirez le lien
# history : d’où vient une activité reportée, dans un commentaire du nouveau plan.
origin = { $year } : { $number }, { $how }
ending-not-carried-out = non réalisée en { $year }
ending-carried-out = réalisée le { $on }
ending-partly = réalisée { $done } fois sur { $planned }, la dernière le { $last }
ending-cancelled = annulée le { $on } : { $reason }
# Une suite de mois : « mars à juin 2024 ».
period-months = { $first } à { $last } { $year }
# safety-output : caractères de contrôle et bidirectionnels, textes trop longs.
problem-bidi-control = `{ $field }` contient le contrôle bidirectionnel U+{ $code }, qui fait lire le texte autrement qu’il n’est
problem-control-character = `{ $field }` contient le caractère de contrôle U+{ $code }, qu’un terminal exécute au lieu de l’afficher
hint-hidden-character = supprimez-le : le texte du plan n’a besoin d’aucun caractère de contrôle (les sauts de ligne et les tabulations sont admis)
problem-text-too-long = `{ $field }` compte { $chars } caractères, plus que les { $limit } qu’un lecteur lit d’une traite
hint-text-too-long = raccourcissez-le ; les détails vont dans le compte rendu ou un document lié
