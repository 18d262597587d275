# Las palabras de workplan en español.
#
# Un mensaje por identificador; `{ $nombre }` es un valor que pone el programa. Las palabras que
# cuentan eligen su forma con las categorías de plural de CLDR: `{ $count -> [one] archivo
# *[other] archivos }`. Cada identificador está en todos los catálogos con las mismas variables
# (lo comprueban las pruebas). Ver docs/cli.md, Languages.

## Encabezados de tablas y etiquetas

label-number = Número
label-title = Título
label-schedule = Fecha
label-place = Lugar
label-resources = Recursos
label-status = Estado
label-area = Área
label-name = Nombre
label-objective = Objetivo
label-activities = Actividades
label-done = Realizadas
label-progress = Avance
label-record = Realizada
label-cancelled = Cancelada
label-note = Nota
label-total = Total
label-in-progress = En curso
label-pending = Pendientes
label-overdue = Atrasadas
label-cancelled-count = Canceladas
label-period = Período
label-no-date-yet = Sin fecha
label-other-years = Otros años
label-timeline = Cronograma
label-progress-by-area = Avance por área
label-progress-by-period = Avance por período
label-overdue-status = atrasada
label-planned = prevista
label-today = hoy
label-earlier = antes
label-later = después
label-line = línea
label-paragraph = párrafo
label-background = Antecedentes
label-purpose = Finalidad
label-work-areas = Áreas de trabajo
label-organisation = Organización
label-year = Año
label-the-plan = El plan
label-areas = Áreas
label-added = Agregadas
label-removed = Quitadas
label-renumbered = Renumeradas
label-rescheduled = Reprogramadas
label-edited = Editadas
label-working-tree = la copia de trabajo
label-error = error
label-warning = aviso
label-help = ayuda
# `workplan site` (issue 19).
label-site-contents = Páginas y archivos del plan
label-site-report = Informe
label-site-plan-document = El plan como documento (Markdown)
label-site-word-document = El plan como documento de Word (.docx)
label-site-spreadsheet = Las actividades como hoja de cálculo (.xlsx)
label-site-calendar = Calendario para suscribirse (iCalendar)
label-site-data = Las actividades como datos (JSON)

## Mensajes

no-plan-found = no se encontró el plan: no hay `plan/plan.toml` en `{ $start }` ni en los directorios superiores; indique `--plan DIR` o defina WORKPLAN_DIR
cannot-open-dir = no se puede abrir el directorio del plan `{ $dir }`
not-a-dir = `{ $dir }` es un archivo, no un directorio de plan
no-plan-file = `{ $dir }` no tiene `plan.toml`: ¿es un directorio de plan? (ver docs/format.md)
plan-has-errors = no se pudo leer el plan: { $count } { $count ->
        [one] error
       *[other] errores
    }
unknown-activity = no hay ninguna actividad `{ $number }` en el plan; las más cercanas: { $nearest }
not-an-activity-number = `{ $value }` no es un número de actividad: escríbalo como en el plan, por ejemplo 3.1.2
no-activities = el plan no tiene actividades
bad-semester = `{ $value }` no es un semestre: escriba 1, 2 o un año y semestre como 2022-S1
bad-today = `{ $value }` no es una fecha: escríbala como AAAA-MM-DD
bad-date = `{ $value }` no es una fecha: escríbala como AAAA-MM-DD, por ejemplo 2022-03-10
date-in-future = `{ $date }` es posterior a hoy ({ $today }): el avance se registra una vez ocurrido
date-before-approval = `{ $date }` es anterior a la aprobación del plan ({ $approved }): revise la fecha
done-while-cancelled = { $number } fue cancelada el { $on }: ejecute `workplan reopen { $number }` para deshacer la cancelación, o indique --force para registrarla igualmente
already-done = { $number } ya figura como realizada el { $on }: indique --force para registrarla otra vez
target-reached = { $number } ya tiene { $done } de { $target } registros, su meta: indique --force para registrar uno más
already-cancelled = { $number } ya está cancelada (el { $on }): indique --force para reemplazar la fecha y el motivo
nothing-to-reopen = { $number } no tiene registros ni está cancelada: no hay nada que deshacer
empty-reason = el motivo está vacío: indique por qué se cancela la actividad con --reason TEXTO
read-only-file = `{ $file }` es de solo lectura: workplan no modifica un archivo marcado así; hágalo modificable (chmod u+w) para registrar el avance
read-only-dir = el directorio del plan `{ $dir }` es de solo lectura: workplan escribe cada cambio en un archivo nuevo allí y lo renombra sobre el anterior; hágalo modificable (chmod u+w)
cannot-write = no se puede escribir `{ $file }`; quedó como estaba
cannot-lock = no se puede bloquear el directorio del plan `{ $dir }`
file-keeps-changing = `{ $file }` siguió cambiando mientras workplan lo editaba: no se escribió nada; vuelva a intentarlo cuando esté guardado
cannot-edit = workplan no puede editar `{ $key }` de { $number } tal como lo escribe `{ $file }`: edítelo a mano (ver docs/format.md, Progress)
edit-not-valid = `{ $file }` editado no se podría leer: no se escribió nada (un error de workplan; infórmelo, por favor)
ambiguous-number = `{ $file }` tiene más de una actividad con el número { $number }: renumérelas primero (ver `workplan validate`)
carried-out = realizada el { $date }
record-removed = se quitó el registro del { $date }
no-longer-cancelled = ya no está cancelada
cancelled-on = cancelada el { $date }
changed = { $number } { $title }: { $what } ({ $progress })
validate-summary = revisados { $files } { $files ->
        [one] archivo
       *[other] archivos
    }, { $activities } { $activities ->
        [one] actividad
       *[other] actividades
    }{ $unread ->
        [0] {""}
        [one] , sin contar las de { $unread } archivo que no se pudo leer
       *[other] , sin contar las de { $unread } archivos que no se pudieron leer
    }: { $errors } { $errors ->
        [one] error
       *[other] errores
    }, { $warnings } { $warnings ->
        [one] aviso
       *[other] avisos
    }{ $allowed ->
        [0] {""}
        [one] {" "}({ $allowed } permitido)
       *[other] {" "}({ $allowed } permitidos)
    }
bad-horizon = `{ $value }` no es un plazo: escriba un número de días (30 o 30d), semanas (2w) o meses (3m)
as-of = { $title } — { $organisation }, al { $date }
summary-note = Atrasadas: pendientes o en curso después del fin de su período previsto (incluidas en esas dos columnas). Avance: cada actividad no cancelada pesa lo mismo; una con varias realizaciones suma la parte realizada.
report-footer = Generado con workplan { $version } el { $date }.
wrote = se escribió `{ $path }`
calendar-written = se escribieron { $events } { $events ->
        [one] evento
       *[other] eventos
    } en `{ $path }`
left-out = { $count ->
        [one] se omitió { $count } actividad
       *[other] se omitieron { $count } actividades
    } sin fecha: { $numbers }
cannot-write-output = no se puede escribir `{ $path }`
cannot-read-document = no se puede leer el documento `{ $file }`
document-empty = `{ $file }` está vacío: no hay ningún plan que importar
document-too-large = `{ $file }` es demasiado grande para ser un documento de plan ({ $mib } MiB; el límite es { $limit } MiB)
document-has-no-areas = `{ $file }` no tiene áreas de trabajo numeradas: numérelas como en el plan aprobado, "3.1) Nombre" con actividades "3.1.1) Título" (ver docs/import.md)
document-not-zip = `{ $file }` no es un documento de Word legible ({ $reason }): vuelva a guardarlo como .docx, o como texto sin formato
document-not-word = `{ $file }` es un archivo zip pero no un documento de Word: no tiene word/document.xml
document-bad-xml = el documento de Word `{ $file }` está dañado: { $reason }; vuelva a guardarlo desde Word
document-has-no-year = `{ $file }` no indica el año del plan: inclúyalo en el título ("Plan de Trabajo 2022") o agregue una línea "Año: 2022" antes de la primera sección
read-as-windows1252 = aviso: `{ $file }` no es texto UTF-8; se leyó como Windows-1252 (Europa occidental)
target-not-empty = `{ $dir }` ya existe y no está vacío: elija otro directorio, o indique --force para reemplazar sus archivos de plan
target-not-a-dir = `{ $dir }` es un archivo, no un directorio
imported = Se importó `{ $file }` en `{ $dir }`: { $areas } { $areas ->
        [one] área
       *[other] áreas
    }, { $activities } { $activities ->
        [one] actividad
       *[other] actividades
    }.
imported-area = { $number } { $name }: { $activities } { $activities ->
        [one] actividad
       *[other] actividades
    } ({ $file })
removed = se quitó `{ $file }`, que el documento ya no tiene
to-check = Para revisar ({ $count }):
nothing-to-check = Nada que revisar: se entendió cada línea.
check-with-validate = Siguiente paso: workplan --plan { $dir } validate
kept-comment = Sin interpretar ({ $unit } { $at }): { $text }
count-comment = { $words }, según el título
plan-file-header = { $title }: datos generales del plan.
plan-file-layout = Cada área de trabajo está en su propio archivo ({ $first }-….toml, { $second }-….toml, …).
area-file-header = Área { $number } del { $title }, tal como fue aprobada.
format-pointer = Formato: docs/format.md
committee-line = { $name }: { $members }
committee-line-chaired = { $name }: { $members } (con la presidencia de { $chair })
list-and = { $init } y { $last }
overview =
    workplan lleva un plan de trabajo anual en archivos TOML, en un directorio plan/. Para empezar:

      workplan list               las actividades (filtros: --area 3.1, --semester 2, --status pending)
      workplan show 3.1.2         una actividad completa
      workplan validate           revisa el plan y señala la línea de cada error
      workplan done 3.1.2         registra que se realizó una actividad
      workplan summary            en qué punto está el año

    `workplan --help` enumera los comandos y `workplan COMANDO --help` explica uno, con ejemplos
    (la ayuda está en inglés; los mensajes y las tablas, en español).
plan-directory = directorio del plan: `{ $dir }`
files-read = { $files ->
        [one] se leyó { $files } archivo
       *[other] se leyeron { $files } archivos
    }, { $activities } { $activities ->
        [one] actividad
       *[other] actividades
    } en { $millis } ms
finished = terminado en { $millis } ms
man-pages-written = { $count ->
        [one] se escribió { $count } página
       *[other] se escribieron { $count } páginas
    } de manual en `{ $dir }`
formatted = se dio formato a `{ $file }`
all-formatted = { $count } { $count ->
        [one] archivo del plan ya tiene
       *[other] archivos del plan ya tienen
    } el formato canónico
need-formatting = { $count } { $count ->
        [one] archivo del plan no tiene
       *[other] archivos del plan no tienen
    } el formato canónico: ejecute `workplan fmt`
format-would-change = dar formato a `{ $file }` cambiaría lo que dice el plan: no se escribió nada (un error de workplan; infórmelo, por favor)
diff-heading = Cambios en el plan de { $from } a { $to }
no-changes = Sin cambios en el plan de { $from } a { $to }
not-a-git-repository = `{ $dir }` no está en un repositorio git: `diff`, `log` y `--rev` leen las versiones de un plan guardado en git (ver docs/history.md)
git-missing = no se puede ejecutar `git`: instale git, o compruebe que está en el PATH
unknown-revision = revisión desconocida `{ $revision }`: indique un commit, una rama o una etiqueta (ver `git log --oneline` y `git tag`)
git-failed = git falló: { $message }
no-plan-at-revision = no hay un plan en `{ $dir }` en `{ $revision }` (no hay `plan.toml` allí)
revision-has-errors = no se pudo leer el plan en `{ $revision }`: { $count } { $count ->
        [one] error
       *[other] errores
    }
file-changes = Cambios en el plan en { $path }
no-changes-to-file = Sin cambios en lo que dice { $path } (solo cambió su nombre, su disposición o sus comentarios)
driver-arguments = git-diff-driver recibe los 7 o 9 argumentos que git da a un programa de diff externo, no { $count }: configúrelo como indica docs/ci.md
cannot-read = no se puede leer `{ $file }`
migrated = se actualizó `{ $file }` de la versión { $from } a la { $to }
nothing-to-migrate = { $count } { $count ->
        [one] archivo del plan ya está
       *[other] archivos del plan ya están
    } en la versión { $version }: no hay nada que actualizar
migrate-not-toml = `{ $file }` no es TOML válido: `workplan validate` muestra dónde; no se escribió nada
migrate-unknown-version = `{ $file }` dice `schema = { $version }`, una versión que este workplan no sabe actualizar: actualice workplan; no se escribió nada
migrate-wording = `{ $file }`: { $number } dice `date = "{ $wording }"`, que workplan no sabe leer como fecha: reemplácelo a mano por un código `schedule` (ver docs/format.md); no se escribió nada
migrate-no-year = `{ $file }` tiene una actividad anual, pero plan.toml no tiene `year`: agréguelo primero; no se escribió nada
migration-leaves-errors = una vez actualizado, el plan aún tendría { $count } { $count ->
        [one] error: no se escribió nada; corríjalo
       *[other] errores: no se escribió nada; corríjalos
    } y vuelva a ejecutar `workplan migrate`
renumber-other-area = no se puede mover { $from } a { $to }: `workplan renumber` mueve una actividad dentro de su área ({ $area }); para moverla a otra área, mueva su tabla [[activity]] al archivo de esa área a mano y luego ejecute `workplan renumber` con la última actividad de cada área para cerrar los huecos
renumber-out-of-range = { $to } está fuera de rango: el área { $area } tiene { $count } { $count ->
        [one] actividad
       *[other] actividades
    }, numeradas hasta { $last }; la más cercana: { $nearest }
nothing-to-renumber = { $number } ya está ahí y su área está numerada en orden: no hay nada que hacer

# New-user fixes (issue 17).
unknown-area-number = no hay ningún área `{ $area }` en el plan; las más cercanas: { $nearest }
unknown-area-name = ningún área tiene el número `{ $area }` ni lo lleva en su nombre: `workplan areas` las muestra
unknown-area-name-near = ningún área tiene el número `{ $area }` ni lo lleva en su nombre; ¿quiso decir { $nearest }?
no-activity-matches = ninguna actividad coincide
semester-outside-plan-year = ninguna actividad coincide: { $semester } está fuera del año del plan, { $year } (escriba 1 o 2 para sus semestres)
date-outside-plan-year = `{ $date }` está fuera del año del plan, { $year }: revise la fecha, o indique --force para registrarla en este plan de todos modos
overdue-count = { $count } { $count ->
        [one] atrasada
       *[other] atrasadas
    }
undated-event = Aún sin fecha: se muestra en todo { $year }, el año del plan, dentro del cual debe realizarse

# `workplan site` (issue 19).
site-footer = Generado con workplan { $version } a partir del plan al { $date }, fecha de su último registro.
site-written = se escribió el sitio en `{ $dir }`: { $files } { $files ->
        [one] archivo
       *[other] archivos
    }
site-not-empty = `{ $dir }` no está vacío y no contiene un sitio escrito por workplan: no se escribió nada; elija un directorio nuevo o vacío, o agregue --force para escribir el sitio entre sus archivos
site-not-directory = `{ $dir }` no es un directorio: no se escribió nada; indique en --out un directorio para el sitio
cannot-write-site = no se puede escribir el sitio en `{ $dir }`

## Estados, fechas previstas y fechas

status-pending = pendiente
status-in-progress = en curso
status-done = realizada
status-cancelled = cancelada
# Ninguna fecha prevista, en una celda.
schedule-none = —
schedule-to-be-defined = A definir
schedule-as-needed = Según necesidad
schedule-annual = Anual
# Una fecha prevista y cuántas veces ocurre: "Trimestral (4 al año)".
schedule-with-count = { $schedule } ({ $count })
times-a-year = { $times } al año
times = { $times } { $times ->
        [one] vez
       *[other] veces
    }
frequency-month = Mensual
frequency-quarter = Trimestral
frequency-semester = Semestral
period-year = Anual { $year }
period-semester = { $semester ->
        [1] 1er
       *[2] 2do
    } semestre { $year }
period-quarter = { $quarter ->
        [1] 1er
        [2] 2do
        [3] 3er
       *[4] 4to
    } trimestre { $year }
period-month = { $month } { $year }
quarter-short = T{ $quarter }
# Un día: "15 de marzo de 2022".
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# Encabezados de meses.
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sep
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

## Lo que un diff nombra como editado

field-organisation = organización
field-title = título
field-year = año
field-background = antecedentes
field-purpose = finalidad
field-approved-by = aprobado por
field-approved-on = aprobado el
field-committee = comité
field-members = miembros del comité
field-chair = presidencia
field-name = nombre
field-objective = objetivo
field-place = lugar
field-resources = recursos
field-target = veces previstas
field-allow = avisos aceptados

## Por qué el sistema rechazó un archivo ($kind), o sus propias palabras ($system)

io-reason = { $kind ->
        [not-found] no existe ese archivo o directorio
        [permission-denied] permiso denegado
        [already-exists] ya existe
        [is-a-directory] es un directorio
        [not-a-directory] no es un directorio
        [directory-not-empty] el directorio no está vacío
        [storage-full] no queda espacio en el dispositivo
        [quota-exceeded] se superó la cuota de disco
        [read-only-filesystem] el sistema de archivos es de solo lectura
        [file-too-large] el archivo es demasiado grande
        [resource-busy] el recurso está ocupado
        [timed-out] se agotó el tiempo de espera
        [interrupted] la operación se interrumpió
        [out-of-memory] no hay memoria suficiente
       *[other] { $system }
    }

## Problemas que encuentra `validate`, cada uno con una ayuda

place-plan-file = plan.toml
place-approval = [approval]
place-committee = [committee]
place-area-file = un archivo de área
place-activity = una [[activity]]
place-record = un registro `done`
place-cancellation = `cancelled`
expected-text = un texto entre comillas
expected-integer = un número entero
expected-date = una fecha como 2022-03-15
expected-table = una tabla
expected-list-of-text = una lista de textos entre comillas
expected-list-of-tables = una lista de tablas
toml-type = { $found ->
        [string] texto
        [integer] número entero
        [float] número decimal
        [boolean] booleano
        [datetime] fecha y hora
        [array] lista
        [table] tabla
       *[other] { $found }
    }
did-you-mean = ¿quiso decir `{ $known }`?
problem-not-utf8 = el archivo no es texto UTF-8 (byte no válido en la posición { $offset })
hint-not-utf8 = guarde el archivo como UTF-8 en su editor
problem-unreadable = no se puede leer el archivo: { $reason }
hint-unreadable = compruebe que existe y que tiene permiso para leerlo
problem-not-a-file = esto no es un archivo, aunque su nombre termina en .toml
hint-not-a-file = los directorios de plan solo contienen archivos de plan: renómbrelo o muévalo
problem-too-large = el archivo es demasiado grande para ser un archivo de plan ({ $mib } MiB; el límite es { $limit } MiB)
hint-too-large = divida el área, o compruebe que es el archivo correcto
problem-syntax = TOML no válido: { $message }
problem-missing-schema = el archivo no indica la versión de su formato
hint-missing-schema = un archivo de la versión 0 (anterior a `schema = 1`) se actualiza con `workplan migrate`; si no, agregue `schema = 1` al comienzo del archivo
problem-unsupported-schema = esta versión de workplan no admite la versión de formato { $found } (admitidas: { $supported })
hint-older-schema = ejecute `workplan migrate` para actualizar los archivos del plan a la versión actual
hint-newer-schema = actualice workplan, o revise el número de `schema`
problem-unknown-key = clave desconocida `{ $key }` en { $place }
hint-unknown-key = quítela, o consulte en docs/format.md las claves del formato
problem-missing-key = falta `{ $key }` en { $place }
hint-missing-key = agregue `{ $key } = …`
problem-wrong-type = `{ $key }` debe ser { $expected }, no { $found }
problem-out-of-range = `{ $key } = { $value }` está fuera del rango admitido
hint-year-range = escriba el año del plan con cuatro cifras, como 2022
hint-count-range = `{ $key }` cuenta veces: escriba un número entero desde 1
problem-bad-number = `{ $value }` no es un número válido
hint-bad-number = los números son enteros unidos por puntos, sin ceros a la izquierda: 3.1.2
problem-bad-schedule = `{ $value }` no es una fecha que este formato conozca
hint-bad-schedule = escriba una de: { $forms }
problem-impossible-schedule = `{ $value }` indica una fecha o un período que no existe
hint-impossible-schedule = revise el día, el mes, el trimestre (1-4) o el semestre (1-2)
problem-bad-frequency = `{ $value }` no es una frecuencia
hint-bad-frequency = escriba month, quarter o semester
problem-not-a-date = `{ $key }` debe ser solo una fecha
hint-not-a-date = escríbala como AAAA-MM-DD, sin hora ni zona horaria, p. ej. 2022-03-15
problem-duplicate-area = el área { $number } ya está descrita en `{ $file }`
hint-duplicate-area = cada área tiene un único archivo: unifique ambos o renumere uno
problem-not-an-area-number = `{ $value }` no es un número de área
hint-not-an-area-number = los números de área tienen dos partes, como 3.1
problem-unknown-check = `{ $name }` no es el nombre de una comprobación
hint-unknown-check = las comprobaciones que se pueden permitir son: { $checks }
problem-not-allowable = los hallazgos de `{ $name }` no se pueden permitir
hint-not-allowable = corrija el archivo; solo se pueden permitir: { $checks }
problem-number-gap = no hay { $missing }: la numeración salta a { $next }
problem-number-gaps = faltan de { $missing } a { $through }: la numeración salta a { $next }
hint-number-gap = renumere para que los números sigan 1, 2, 3 … sin saltos, o agregue lo que falta
problem-duplicate-activity-number = el número de actividad { $number } ya se usa en { $first }
hint-duplicate-activity-number = cada actividad lleva un número propio
problem-not-in-area = el número de actividad `{ $number }` no corresponde al área { $area }
hint-not-in-area = las actividades del área { $area } se numeran { $area }.1, { $area }.2, …: renumérela, o muévala al archivo de su propia área
problem-file-name-mismatch = el área { $number } está en `{ $file }`, un archivo cuyo nombre no empieza con su número
hint-file-name-mismatch = cambie el nombre del archivo a `{ $number }-….toml`, o corrija `number`
problem-stray-number-in-title = el título empieza con un número que sobra, `{ $prefix }`
hint-stray-number-in-title = quítelo del título: el número de la actividad va en `number`
problem-schedule-outside-year = prevista para { $period } (`{ $code }`), fuera del año del plan, { $year }
hint-schedule-moved = el plan abarca solo { $year }: ¿quiso decir `{ $code }`?
hint-schedule-outside-year = el plan abarca solo { $year }: lleve la actividad a { $year }
problem-done-in-future = registrada como realizada el { $on }, después de hoy ({ $today })
hint-done-in-future = registre una actividad realizada cuando haya ocurrido, o corrija la fecha
problem-done-before-approval = registrada como realizada el { $on }, antes de la aprobación del plan ({ $approved })
hint-done-before-approval = corrija la fecha: lo realizado antes de la aprobación corresponde al plan anterior
problem-done-outside-period = registrada como realizada el { $on }, fuera de su período previsto ({ $planned })
hint-done-outside-period = corrija la fecha, o actualice `schedule` si la actividad se trasladó
problem-done-outside-plan-year = registrada como realizada el { $on }, fuera del año del plan, { $year } (su fecha: { $schedule })
hint-done-outside-plan-year = corrija la fecha: este plan abarca solo { $year }
problem-done-too-often = registrada como realizada { $done } veces, pero prevista { $planned } { $planned ->
        [one] vez
       *[other] veces
    }
hint-done-too-often = quite los registros de más, o aumente `target` si se previeron más
problem-missing-details = la actividad no tiene { $missing }
missing-place = lugar
missing-schedule = fecha
missing-resources = recursos
missing-or = { $init } ni { $last }
hint-missing-details = agregue lo que falta; si todavía se está definiendo, escriba `allow = ["completeness"]` en la actividad con un comentario que explique por qué
problem-empty-title = el título de la actividad está vacío
hint-empty-title = escriba el título tal como fue aprobado
problem-empty-area-name = el nombre del área está vacío
hint-empty-area-name = escriba el nombre tal como fue aprobado
problem-duplicate-activity = mismo título y fecha que la actividad { $first }
hint-duplicate-activity = si es una copia, quítela; si ocurre dos veces, indíquelo en el título («Segundo …») o dele a cada una su propia fecha
problem-unused-allowance = `{ $check }` está permitido aquí, pero esta actividad no tiene avisos de `{ $check }`
hint-unused-allowance = quítelo de `allow`: lo que permitía ya fue corregido

## Lo que `import` no supo con certeza, y lo que hizo

doubt-title-recased = el título `{ $written }` está en mayúsculas; se escribió `{ $title }`
doubt-title-from-first-line = ninguna línea nombra el plan; se tomó la primera como título: `{ $title }`
doubt-organisation-from-assembly = la organización `{ $organisation }` se tomó del nombre de la asamblea
doubt-no-organisation = no se encontró la organización: escríbala en plan.toml
doubt-year-from-approval = el título no indica el año; se tomó { $year }, el año siguiente a la aprobación
doubt-kept = sin interpretar, se conservó como comentario: `{ $text }`
doubt-schedule-not-read = no se entendió la fecha `{ $text }`: sin `schedule`; el texto se conservó como comentario
doubt-year-assumed = `{ $text }` no indica el año; se tomó { $year }, el año del plan
doubt-outside-plan-year = `{ $text }` está fuera del año del plan; se mantuvo tal como está
doubt-number-in-title = el título empieza con un número (`{ $title }`); se mantuvo tal como está
doubt-no-fields = sin lugar, fecha ni recursos; se mantuvo tal como está
doubt-count-added = meta { $total } sumada a partir del título: { $words }
doubt-counts-disagree = el título dice { $title } veces y la fecha { $schedule }; se tomó { $schedule }
doubt-outside-its-area = el número no pertenece al área { $area }; se mantuvo en ella
doubt-repeated-number = `{ $number }` está repetido
doubt-repeated-field = `{ $text }` repetido; se conservó como comentario

## Writing, history, safety and import of tables (issues 13 to 16)

change-adds-errors = el cambio agregaría { $count } { $count ->
        [one] error
       *[other] errores
    } al plan (arriba); no se escribió nada: corrija los valores, o use --force para escribirlo igualmente
empty-title-given = el título está vacío: indique el título de la actividad
zero-target = --target debe ser 1 o más: cuántas veces se ha de realizar
bad-schedule-given = `{ $value }` no es un calendario: escriba un código (2022, 2022-S2, 2022-Q3, 2022-03, 2022-03-15, to-be-defined, as-needed) o las palabras del documento ("2do semestre 2022", "Trimestral (4 al año)", "A definir")
unknown-area = ningún área es `{ $value }`: indique el número de un área, o una parte de su nombre que solo un área tenga (áreas: { $known })
bad-position = --at `{ $value }` no es una posición del área { $area }: indique un número de 1 al último lugar posible ({ $last })
title-required = la actividad necesita un título: use --title TEXTO (workplan lo pregunta solo en una terminal)
activity-added = { $number } { $title }: agregada a `{ $file }`
nothing-to-edit = nada que cambiar: indique al menos un valor, o --unset CLAVE
activity-edited = { $number } { $title }: se cambió { $keys }
has-records = { $number } tiene { $count } { $count ->
        [one] registro
       *[other] registros
    } de avance, que se perderían al quitarla; use `workplan cancel { $number } --reason TEXTO` para conservar su historia, o --force para quitarla igualmente
activity-removed = { $number } { $title }: quitada
move-same-area = { $number } ya está en el área { $area }: use `workplan renumber` para cambiar su lugar en ella
activity-moved = { $from } -> { $to } { $title }: trasladada
no-records = { $number } no tiene registros todavía
no-such-record = { $number } no tiene registro { $wanted }: tiene { $count } (ver `workplan records { $number }`)
nothing-to-amend = --amend necesita --on FECHA, --note TEXTO o ambos
record-amended = se corrigió el registro del { $date }
area-exists = el área { $number } ya existe, en `{ $file }`: use `workplan area edit { $number }`
empty-area-name-given = el nombre está vacío: indique el nombre del área
area-added = área { $number }: agregada como `{ $file }`
area-edited = área { $number }: modificada, en `{ $file }`
area-has-activities = el área { $number } tiene { $count } { $count ->
        [one] actividad
       *[other] actividades
    }: trasládelas o quítelas antes, o use --force para quitar el área con ellas
area-removed = área { $number }: se quitó `{ $file }`
bad-area-number = `{ $value }` no es un número de área: escriba dos números con un punto, como 3.1
init-needs-words = --organisation y --title no pueden estar vacíos
bad-year = `{ $value }` no es un año: escríbalo con cuatro cifras, 2023
dir-not-empty = `{ $dir }` no está vacío: un plan nuevo va en un directorio nuevo o vacío (`workplan import` lee un documento existente)
plan-created = se creó el plan en `{ $dir }`; luego: workplan --plan { $dir } area add 1.1 --name NOMBRE
prompt-title = Título
prompt-place = Lugar
prompt-schedule = Cuándo (2022-S2, 2022-Q3, "2do semestre 2022", "Trimestral (4 al año)", "A definir")
prompt-resources = Recursos
prompt-optional = Enter para omitirlo
area-required = la actividad necesita un área: use --area ÁREA (su número o una parte de su nombre)
no-area-matches = ningún área coincide con `{ $area }`: indique una por su número o parte de su nombre ({ $areas })
log-unreadable = no se pudo leer el plan en este commit ({ $files }; `workplan validate --rev { $commit }` dice por qué): el commit siguiente se compara con la última versión que se pudo leer
log-plan-created = plan creado: { $areas } { $areas ->
        [one] área
       *[other] áreas
    }, { $activities } { $activities ->
        [one] actividad
       *[other] actividades
    }
no-history = todavía ningún commit modifica el plan
no-history-of = ningún commit modifica { $what }
new-same-year = el plan ya es el de { $year }: indique el año del plan nuevo, por ejemplo { $next }
new-target-not-empty = `{ $dir }` ya existe y no está vacío: indique un directorio nuevo para el plan nuevo (no se escribió nada)
new-plan-written = Se escribió `{ $dir }`: { $title }, { $areas } { $areas ->
        [one] área
       *[other] áreas
    }, { $activities } { $activities ->
        [one] actividad
       *[other] actividades
    } del plan de { $from_year } ({ $left_out } { $left_out ->
        [one] quedó fuera
       *[other] quedaron fuera
    }).
new-plan-to-fill = A completar: la aprobación, cuando la Asamblea apruebe el plan, y el Comité Ejecutivo que lo elabora (modelos al final de `{ $file }`).
new-plan-next = Siguiente paso: workplan --plan { $dir } validate; el borrador para la Asamblea: workplan --plan { $dir } export
new-plan-approval-later = A completar cuando la Asamblea apruebe el plan:
new-plan-committee-later = A completar con el Comité Ejecutivo que lo elabora:
new-plan-has-errors = el plan nuevo tendría { $count } { $count ->
        [one] error
       *[other] errores
    } (arriba), un error de workplan: no se escribió nada; infórmelo, por favor
new-plan-inherits-errors = aviso: el plan nuevo tiene { $count } { $count ->
        [one] error
       *[other] errores
    } heredados del plan actual: `workplan --plan { $dir } validate` los muestra
draft-area-file-header = Área { $number } del { $title }: borrador a partir del plan de { $from_year }.
diff-heading-only = Cambios en { $only } de { $from } a { $to }
no-changes-only = Sin cambios en { $only } de { $from } a { $to }
focus-area = el área { $number }
focus-activity = la actividad { $number }
confirmation-not-shown = aviso: el cambio está guardado, pero no se pudo mostrar su confirmación: { $reason }
output-exists = `{ $path }` ya existe: indique --force para reemplazarlo, o elija otro archivo
output-is-plan-file = `{ $path }` es un archivo del plan (o se leería como tal): escriba la salida en otro lugar
link-outside = `{ $file }` es un enlace simbólico que lleva fuera del repositorio: no se lee; ponga el archivo mismo en el directorio del plan, o quite el enlace
document-part-too-large = `{ $file }`: su parte `{ $part }` ocupa más de { $limit } MiB una vez descomprimida, más que cualquier documento de plan (¿un archivo dañado o manipulado?); no se escribió nada
waiting-for-lock = esperando: otro proceso de workplan está modificando el plan en `{ $dir }`…
lock-timed-out = otro proceso de workplan lleva { $seconds } s modificando el plan en `{ $dir }`: se abandonó, no se escribió nada; vuelva a intentarlo cuando termine (WORKPLAN_LOCK_TIMEOUT fija la espera)
bad-lock-timeout = WORKPLAN_LOCK_TIMEOUT vale `{ $value }`: debe ser un número de segundos, como 30 o 0.5
import-interrupted = una importación en `{ $dir }` se interrumpió antes de terminar: el próximo comando que modifique el plan la termina (vuelva a ejecutar `workplan import --force`, por ejemplo); hasta entonces el plan no se lee
cannot-finish-import = no se puede terminar la importación interrumpida en `{ $dir }`: su registro, `.workplan-journal`, está dañado o no es de workplan; si no había ninguna importación en curso, revíselo y bórrelo
document-has-no-activities = `{ $file }` tiene áreas de trabajo pero ninguna actividad: numere las actividades "3.1.1) Título", o póngalas en una tabla cuya fila de encabezado tenga una columna "Actividad" (ver docs/import.md)
spreadsheet-unreadable = `{ $file }` no es una planilla legible ({ $reason }): vuelva a guardarla como .xlsx u .ods, o como CSV
csv-unreadable = { $file }:{ $line }: no se puede leer el CSV ({ $reason }): revise las comillas de esa línea
document-not-text = { $file }:{ $line }: caracteres de control: el archivo no es texto en UTF-8 ni en Windows-1252; vuelva a guardarlo como "CSV UTF-8"
spreadsheet-has-no-year = `{ $file }` no indica el año del plan: ni en el nombre de una hoja, ni en el del archivo, ni en las fechas; indíquelo con --year 2024
binary-to-terminal = un archivo .{ $format } no es texto para una terminal: escríbalo con -o plan.{ $format }, o redirija la salida estándar a un archivo
plain-title = Plan de Trabajo { $year }
cannot-write-spreadsheet = no se puede escribir la planilla: { $reason }

# Import of tables, spreadsheets and other layouts (issue 16).
label-row = fila
label-target = Meta
label-times-done = Veces realizada
doubt-no-title = no se encontró el título: se escribió `{ $title }`; corríjalo en plan.toml
doubt-area-without-activities = el área { $number } no tiene actividades
doubt-dates-in-another-year = { $count } de { $total } fechas son de { $year }, no de { $plan_year }, el año del plan: revise el año del plan
doubt-year-from-text = el año del plan, { $year }, se tomó de esta línea
doubt-table-without-header = una tabla sin fila de encabezado con una columna `Actividad`: sus filas se leyeron como líneas
doubt-column-kept = la columna `{ $column }` no tiene lugar en el plan: se conservó como comentario en cada actividad
doubt-activities-without-area = actividades sin área: se pusieron en un área nueva, { $number }; póngale nombre en su archivo
doubt-area-numbered = el área `{ $name }` no tiene número: se numeró { $number }
doubt-year-from-name = el año del plan, { $year }, se tomó del nombre `{ $name }`
doubt-year-from-dates = el año del plan, { $year }, se tomó de las fechas, que son todas de ese año
# safety-files: a link out of the repository.
problem-link-outside = este es un enlace simbólico que lleva fuera del repositorio (fuera de git, del directorio del plan), por eso no se lee
hint-link-outside = ponga el archivo mismo en el directorio del plan, o quite el enlace
# history: de dónde viene una actividad arrastrada, en un comentario del plan nuevo.
origin = { $year }: { $number }, { $how }
ending-not-carried-out = no realizada en { $year }
ending-carried-out = realizada el { $on }
ending-partly = realizada { $done } de { $planned } veces, la última el { $last }
ending-cancelled = cancelada el { $on }: { $reason }
# Un rango de meses: "marzo a junio 2024".
period-months = { $first } a { $last } { $year }
# safety-output: caracteres de control y bidireccionales, textos demasiado largos.
problem-bidi-control = `{ $field }` contiene el control bidireccional U+{ $code }, que hace que el texto se lea distinto de lo que es
problem-control-character = `{ $field }` contiene el carácter de control U+{ $code }, que una terminal ejecuta en vez de mostrar
hint-hidden-character = bórrelo: el texto del plan no necesita caracteres de control (los saltos de línea y las tabulaciones sí se admiten)
problem-text-too-long = `{ $field }` tiene { $chars } caracteres, más de los { $limit } que se leen de corrido
hint-text-too-long = acórtelo; los detalles van en el acta o en un documento enlazado
