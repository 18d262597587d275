# As palavras do workplan em português do Brasil.
#
# Uma mensagem por identificador; `{ $nome }` é um valor que o programa preenche. As palavras que
# contam escolhem sua forma pelas categorias de plural do CLDR (em português, `one` vale para 0 e
# 1): `{ $count -> [one] arquivo *[other] arquivos }`. Cada identificador está em todos os
# catálogos com as mesmas variáveis (os testes verificam). Ver docs/cli.md, Languages.

## Cabeçalhos de tabelas e rótulos

label-number = Número
label-title = Título
label-schedule = Data
label-place = Local
label-resources = Recursos
label-status = Situação
label-area = Área
label-name = Nome
label-objective = Objetivo
label-activities = Atividades
label-done = Realizadas
label-progress = Avanço
label-record = Realizada
label-cancelled = Cancelada
label-note = Nota
label-total = Total
label-in-progress = Em andamento
label-pending = Pendentes
label-overdue = Atrasadas
label-cancelled-count = Canceladas
label-period = Período
label-no-date-yet = Sem data
label-other-years = Outros anos
label-timeline = Cronograma
label-progress-by-area = Avanço por área
label-progress-by-period = Avanço por período
label-overdue-status = atrasada
label-planned = prevista
label-today = hoje
label-earlier = antes
label-later = depois
label-line = linha
label-paragraph = parágrafo
label-background = Antecedentes
label-purpose = Finalidade
label-work-areas = Áreas de trabalho
label-organisation = Organização
label-year = Ano
label-the-plan = O plano
label-areas = Áreas
label-added = Incluídas
label-removed = Retiradas
label-renumbered = Renumeradas
label-rescheduled = Reprogramadas
label-edited = Editadas
label-working-tree = a cópia de trabalho
label-error = erro
label-warning = aviso
label-help = ajuda
# `workplan site` (issue 19).
label-site-contents = Páginas e arquivos do plano
label-site-report = Relatório
label-site-plan-document = O plano como documento (Markdown)
label-site-word-document = O plano como documento do Word (.docx)
label-site-spreadsheet = As atividades como planilha (.xlsx)
label-site-calendar = Calendário para assinar (iCalendar)
label-site-data = As atividades como dados (JSON)

## Mensagens

no-plan-found = nenhum plano encontrado: não há `plan/plan.toml` em `{ $start }` nem nos diretórios acima; indique `--plan DIR` ou defina WORKPLAN_DIR
cannot-open-dir = não é possível abrir o diretório do plano `{ $dir }`
not-a-dir = `{ $dir }` é um arquivo, não um diretório de plano
no-plan-file = `{ $dir }` não tem `plan.toml`: é um diretório de plano? (ver docs/format.md)
plan-has-errors = não foi possível ler o plano: { $count } { $count ->
        [one] erro
       *[other] erros
    }
unknown-activity = não há nenhuma atividade `{ $number }` no plano; as mais próximas: { $nearest }
not-an-activity-number = `{ $value }` não é um número de atividade: escreva-o como no plano, por exemplo 3.1.2
no-activities = o plano não tem atividades
bad-semester = `{ $value }` não é um semestre: escreva 1, 2 ou um ano e semestre como 2022-S1
bad-today = `{ $value }` não é uma data: escreva-a como AAAA-MM-DD
bad-date = `{ $value }` não é uma data: escreva-a como AAAA-MM-DD, por exemplo 2022-03-10
date-in-future = `{ $date }` é posterior a hoje ({ $today }): o avanço é registrado depois de acontecer
date-before-approval = `{ $date }` é anterior à aprovação do plano ({ $approved }): verifique a data
done-while-cancelled = { $number } foi cancelada em { $on }: execute `workplan reopen { $number }` para desfazer o cancelamento, ou indique --force para registrá-la mesmo assim
already-done = { $number } já consta como realizada em { $on }: indique --force para registrá-la de novo
target-reached = { $number } já tem { $done } de { $target } registros, a sua meta: indique --force para registrar mais um
already-cancelled = { $number } já está cancelada (em { $on }): indique --force para substituir a data e o motivo
nothing-to-reopen = { $number } não tem registros nem está cancelada: não há nada a desfazer
empty-reason = o motivo está vazio: diga por que a atividade é cancelada com --reason TEXTO
read-only-file = `{ $file }` é somente leitura: o workplan não altera um arquivo marcado assim; torne-o gravável (chmod u+w) para registrar o avanço
read-only-dir = o diretório do plano `{ $dir }` é somente leitura: o workplan grava cada alteração num arquivo novo ali e o renomeia por cima do anterior; torne o diretório gravável (chmod u+w)
cannot-write = não é possível gravar `{ $file }`; ele ficou como estava
cannot-lock = não é possível bloquear o diretório do plano `{ $dir }`
file-keeps-changing = `{ $file }` continuou mudando enquanto o workplan o editava: nada foi gravado; tente de novo quando ele estiver salvo
cannot-edit = o workplan não consegue editar `{ $key }` de { $number } do jeito que `{ $file }` o escreve: edite-o à mão (ver docs/format.md, Progress)
edit-not-valid = `{ $file }` editado não poderia ser lido: nada foi gravado (um erro do workplan; por favor, informe-o)
ambiguous-number = `{ $file }` tem mais de uma atividade com o número { $number }: renumere-as primeiro (ver `workplan validate`)
carried-out = realizada em { $date }
record-removed = o registro de { $date } foi retirado
no-longer-cancelled = não está mais cancelada
cancelled-on = cancelada em { $date }
changed = { $number } { $title }: { $what } ({ $progress })
validate-summary = { $files } { $files ->
        [one] arquivo verificado
       *[other] arquivos verificados
    }, { $activities } { $activities ->
        [one] atividade
       *[other] atividades
    }{ $unread ->
        [0] {""}
        [one] , sem contar as de { $unread } arquivo que não pôde ser lido
       *[other] , sem contar as de { $unread } arquivos que não puderam ser lidos
    }: { $errors } { $errors ->
        [one] erro
       *[other] erros
    }, { $warnings } { $warnings ->
        [one] aviso
       *[other] avisos
    }{ $allowed ->
        [0] {""}
        [one] {" "}({ $allowed } permitido)
       *[other] {" "}({ $allowed } permitidos)
    }
bad-horizon = `{ $value }` não é um prazo: escreva um número de dias (30 ou 30d), semanas (2w) ou meses (3m)
as-of = { $title } — { $organisation }, em { $date }
summary-note = Atrasadas: pendentes ou em andamento depois do fim do período previsto (incluídas nessas duas colunas). Avanço: cada atividade não cancelada tem o mesmo peso; uma com várias realizações soma a parte realizada.
report-footer = Gerado com o workplan { $version } em { $date }.
wrote = `{ $path }` gravado
calendar-written = { $events } { $events ->
        [one] evento gravado
       *[other] eventos gravados
    } em `{ $path }`
left-out = { $count } { $count ->
        [one] atividade sem data ficou de fora
       *[other] atividades sem data ficaram de fora
    }: { $numbers }
cannot-write-output = não é possível gravar `{ $path }`
cannot-read-document = não é possível ler o documento `{ $file }`
document-empty = `{ $file }` está vazio: não há nenhum plano para importar
document-too-large = `{ $file }` é grande demais para ser um documento de plano ({ $mib } MiB; o limite é { $limit } MiB)
document-has-no-areas = `{ $file }` não tem áreas de trabalho numeradas: numere-as como no plano aprovado, "3.1) Nome" com atividades "3.1.1) Título" (ver docs/import.md)
document-not-zip = `{ $file }` não é um documento do Word legível ({ $reason }): salve-o de novo como .docx, ou como texto simples
document-not-word = `{ $file }` é um arquivo zip, mas não um documento do Word: não tem word/document.xml
document-bad-xml = o documento do Word `{ $file }` está danificado: { $reason }; salve-o de novo no Word
document-has-no-year = `{ $file }` não indica o ano do plano: coloque-o no título ("Plan de Trabajo 2022") ou acrescente uma linha "Ano: 2022" antes da primeira seção
read-as-windows1252 = aviso: `{ $file }` não é texto UTF-8; foi lido como Windows-1252 (Europa Ocidental)
target-not-empty = `{ $dir }` já existe e não está vazio: escolha outro diretório, ou indique --force para substituir os seus arquivos de plano
target-not-a-dir = `{ $dir }` é um arquivo, não um diretório
imported = `{ $file }` importado em `{ $dir }`: { $areas } { $areas ->
        [one] área
       *[other] áreas
    }, { $activities } { $activities ->
        [one] atividade
       *[other] atividades
    }.
imported-area = { $number } { $name }: { $activities } { $activities ->
        [one] atividade
       *[other] atividades
    } ({ $file })
removed = `{ $file }` retirado, pois o documento não o tem mais
to-check = Para revisar ({ $count }):
nothing-to-check = Nada para revisar: todas as linhas foram entendidas.
check-with-validate = Próximo passo: workplan --plan { $dir } validate
kept-comment = Não interpretado ({ $unit } { $at }): { $text }
count-comment = { $words }, segundo o título
plan-file-header = { $title }: dados gerais do plano.
plan-file-layout = Cada área de trabalho está no seu próprio arquivo ({ $first }-….toml, { $second }-….toml, …).
area-file-header = Área { $number } do { $title }, tal como foi aprovada.
format-pointer = Formato: docs/format.md
committee-line = { $name }: { $members }
committee-line-chaired = { $name }: { $members } (sob a presidência de { $chair })
list-and = { $init } e { $last }
overview =
    O workplan mantém um plano de trabalho anual em arquivos TOML, num diretório plan/. Para começar:

      workplan list               as atividades (filtros: --area 3.1, --semester 2, --status pending)
      workplan show 3.1.2         uma atividade completa
      workplan validate           revisa o plano e aponta a linha de cada erro
      workplan done 3.1.2         registra que uma atividade foi realizada
      workplan summary            em que ponto está o ano

    `workplan --help` lista os comandos e `workplan COMANDO --help` explica um deles, com exemplos
    (a ajuda está em inglês; as mensagens e as tabelas, em português).
plan-directory = diretório do plano: `{ $dir }`
files-read = { $files } { $files ->
        [one] arquivo lido
       *[other] arquivos lidos
    }, { $activities } { $activities ->
        [one] atividade
       *[other] atividades
    } em { $millis } ms
finished = concluído em { $millis } ms
man-pages-written = { $count } { $count ->
        [one] página de manual gravada
       *[other] páginas de manual gravadas
    } em `{ $dir }`
formatted = `{ $file }` formatado
all-formatted = { $count } { $count ->
        [one] arquivo do plano já está
       *[other] arquivos do plano já estão
    } no formato canônico
need-formatting = { $count } { $count ->
        [one] arquivo do plano não está
       *[other] arquivos do plano não estão
    } no formato canônico: execute `workplan fmt`
format-would-change = formatar `{ $file }` mudaria o que o plano diz: nada foi gravado (um erro do workplan; por favor, informe-o)
diff-heading = Alterações no plano de { $from } a { $to }
no-changes = Nenhuma alteração no plano de { $from } a { $to }
not-a-git-repository = `{ $dir }` não está num repositório git: `diff`, `log` e `--rev` leem as versões de um plano guardado no git (ver docs/history.md)
git-missing = não é possível executar o `git`: instale o git, ou verifique se ele está no PATH
unknown-revision = revisão desconhecida `{ $revision }`: indique um commit, um branch ou uma tag (ver `git log --oneline` e `git tag`)
git-failed = o git falhou: { $message }
no-plan-at-revision = não há plano em `{ $dir }` em `{ $revision }` (não há `plan.toml` ali)
revision-has-errors = não foi possível ler o plano em `{ $revision }`: { $count } { $count ->
        [one] erro
       *[other] erros
    }
file-changes = Alterações no plano em { $path }
no-changes-to-file = Nenhuma alteração no que { $path } diz (só mudaram o nome, a disposição ou os comentários)
driver-arguments = git-diff-driver recebe os 7 ou 9 argumentos que o git passa a um programa de diff externo, não { $count }: configure-o como mostra docs/ci.md
cannot-read = não é possível ler `{ $file }`
migrated = `{ $file }` atualizado da versão { $from } para a { $to }
nothing-to-migrate = { $count } { $count ->
        [one] arquivo do plano já está
       *[other] arquivos do plano já estão
    } na versão { $version }: não há nada a atualizar
migrate-not-toml = `{ $file }` não é TOML válido: `workplan validate` mostra onde; nada foi gravado
migrate-unknown-version = `{ $file }` diz `schema = { $version }`, uma versão que este workplan não sabe atualizar: atualize o workplan; nada foi gravado
migrate-wording = `{ $file }`: { $number } diz `date = "{ $wording }"`, que o workplan não sabe ler como data: substitua-o à mão por um código `schedule` (ver docs/format.md); nada foi gravado
migrate-no-year = `{ $file }` tem uma atividade anual, mas plan.toml não tem `year`: acrescente-o primeiro; nada foi gravado
migration-leaves-errors = depois de atualizado, o plano ainda teria { $count } { $count ->
        [one] erro: nada foi gravado; corrija-o
       *[other] erros: nada foi gravado; corrija-os
    } e execute `workplan migrate` de novo
renumber-other-area = não é possível mover { $from } para { $to }: `workplan renumber` move uma atividade dentro da sua área ({ $area }); para levá-la a outra área, mova a sua tabela [[activity]] para o arquivo dessa área à mão e depois execute `workplan renumber` com a última atividade de cada área para fechar as lacunas
renumber-out-of-range = { $to } está fora do intervalo: a área { $area } tem { $count } { $count ->
        [one] atividade, numerada
       *[other] atividades, numeradas
    } até { $last }; a mais próxima: { $nearest }
nothing-to-renumber = { $number } já está ali e a sua área está numerada em ordem: não há nada a fazer

# New-user fixes (issue 17).
unknown-area-number = não há nenhuma área `{ $area }` no plano; as mais próximas: { $nearest }
unknown-area-name = nenhuma área tem o número `{ $area }` nem o traz no nome: `workplan areas` as lista
unknown-area-name-near = nenhuma área tem o número `{ $area }` nem o traz no nome; você quis dizer { $nearest }?
no-activity-matches = nenhuma atividade corresponde
semester-outside-plan-year = nenhuma atividade corresponde: { $semester } está fora do ano do plano, { $year } (escreva 1 ou 2 para os seus semestres)
date-outside-plan-year = `{ $date }` está fora do ano do plano, { $year }: verifique a data, ou indique --force para registrá-la neste plano mesmo assim
overdue-count = { $count } { $count ->
        [one] atrasada
       *[other] atrasadas
    }
undated-event = Ainda sem data: aparece em todo o ano de { $year }, o ano do plano, dentro do qual deve ser realizada

# `workplan site` (issue 19).
site-footer = Gerado com o workplan { $version } a partir do plano em { $date }, data do seu último registro.
site-written = site gravado em `{ $dir }`: { $files } { $files ->
        [one] arquivo
       *[other] arquivos
    }
site-not-empty = `{ $dir }` não está vazio e não contém um site gravado pelo workplan: nada foi gravado; escolha um diretório novo ou vazio, ou acrescente --force para gravar o site entre os seus arquivos
site-not-directory = `{ $dir }` não é um diretório: nada foi gravado; indique em --out um diretório para o site
cannot-write-site = não é possível gravar o site em `{ $dir }`

## Situações, datas previstas e datas

status-pending = pendente
status-in-progress = em andamento
status-done = realizada
status-cancelled = cancelada
schedule-none = —
schedule-to-be-defined = A definir
schedule-as-needed = Conforme a necessidade
schedule-annual = Anual
schedule-with-count = { $schedule } ({ $count })
times-a-year = { $times } por ano
times = { $times } { $times ->
        [one] vez
       *[other] vezes
    }
frequency-month = Mensal
frequency-quarter = Trimestral
frequency-semester = Semestral
period-year = Todo o ano de { $year }
period-semester = { $semester }º semestre de { $year }
period-quarter = { $quarter }º trimestre de { $year }
period-month = { $month } de { $year }
quarter-short = T{ $quarter }
# Um dia: "15 de março de 2022".
date = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
month-short-1 = jan
month-short-2 = fev
month-short-3 = mar
month-short-4 = abr
month-short-5 = mai
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = set
month-short-10 = out
month-short-11 = nov
month-short-12 = dez

## O que um diff nomeia como editado

field-organisation = organização
field-title = título
field-year = ano
field-background = antecedentes
field-purpose = finalidade
field-approved-by = aprovado por
field-approved-on = aprovado em
field-committee = comitê
field-members = membros do comitê
field-chair = presidência
field-name = nome
field-objective = objetivo
field-place = local
field-resources = recursos
field-target = vezes previstas
field-allow = avisos aceitos

## Por que o sistema recusou um arquivo ($kind), ou as suas próprias palavras ($system)

io-reason = { $kind ->
        [not-found] arquivo ou diretório inexistente
        [permission-denied] permissão negada
        [already-exists] já existe
        [is-a-directory] é um diretório
        [not-a-directory] não é um diretório
        [directory-not-empty] o diretório não está vazio
        [storage-full] não há espaço no dispositivo
        [quota-exceeded] a cota de disco foi excedida
        [read-only-filesystem] o sistema de arquivos é somente leitura
        [file-too-large] o arquivo é grande demais
        [resource-busy] o recurso está ocupado
        [timed-out] o tempo de espera se esgotou
        [interrupted] a operação foi interrompida
        [out-of-memory] não há memória suficiente
       *[other] { $system }
    }

## Problemas que o `validate` encontra, cada um com uma dica

place-plan-file = plan.toml
place-approval = [approval]
place-committee = [committee]
place-area-file = um arquivo de área
place-activity = uma [[activity]]
place-record = um registro `done`
place-cancellation = `cancelled`
expected-text = um texto entre aspas
expected-integer = um número inteiro
expected-date = uma data como 2022-03-15
expected-table = uma tabela
expected-list-of-text = uma lista de textos entre aspas
expected-list-of-tables = uma lista de tabelas
toml-type = { $found ->
        [string] texto
        [integer] número inteiro
        [float] número decimal
        [boolean] booleano
        [datetime] data e hora
        [array] lista
        [table] tabela
       *[other] { $found }
    }
did-you-mean = você quis dizer `{ $known }`?
problem-not-utf8 = o arquivo não é texto UTF-8 (byte inválido na posição { $offset })
hint-not-utf8 = salve o arquivo como UTF-8 no seu editor
problem-unreadable = não é possível ler o arquivo: { $reason }
hint-unreadable = verifique se ele existe e se você tem permissão para lê-lo
problem-not-a-file = isto não é um arquivo, embora o nome termine em .toml
hint-not-a-file = os diretórios de plano só contêm arquivos de plano: renomeie-o ou mova-o
problem-too-large = o arquivo é grande demais para ser um arquivo de plano ({ $mib } MiB; o limite é { $limit } MiB)
hint-too-large = divida a área, ou verifique se este é o arquivo certo
problem-syntax = TOML inválido: { $message }
problem-missing-schema = o arquivo não indica a versão do seu formato
hint-missing-schema = um arquivo da versão 0 (anterior a `schema = 1`) é atualizado por `workplan migrate`; senão, acrescente `schema = 1` no início do arquivo
problem-unsupported-schema = esta versão do workplan não aceita a versão de formato { $found } (aceitas: { $supported })
hint-older-schema = execute `workplan migrate` para atualizar os arquivos do plano para a versão atual
hint-newer-schema = atualize o workplan, ou verifique o número de `schema`
problem-unknown-key = chave desconhecida `{ $key }` em { $place }
hint-unknown-key = retire-a, ou consulte em docs/format.md as chaves do formato
problem-missing-key = falta `{ $key }` em { $place }
hint-missing-key = acrescente `{ $key } = …`
problem-wrong-type = `{ $key }` deve ser { $expected }, não { $found }
problem-out-of-range = `{ $key } = { $value }` está fora do intervalo aceito
hint-year-range = escreva o ano do plano com quatro algarismos, como 2022
hint-count-range = `{ $key }` conta vezes: escreva um número inteiro a partir de 1
problem-bad-number = `{ $value }` não é um número válido
hint-bad-number = os números são inteiros unidos por pontos, sem zeros à esquerda: 3.1.2
problem-bad-schedule = `{ $value }` não é uma data que este formato conheça
hint-bad-schedule = escreva uma destas: { $forms }
problem-impossible-schedule = `{ $value }` indica uma data ou um período que não existe
hint-impossible-schedule = verifique o dia, o mês, o trimestre (1-4) ou o semestre (1-2)
problem-bad-frequency = `{ $value }` não é uma frequência
hint-bad-frequency = escreva month, quarter ou semester
problem-not-a-date = `{ $key }` deve ser só uma data
hint-not-a-date = escreva-a como AAAA-MM-DD, sem hora nem fuso horário, p. ex. 2022-03-15
problem-duplicate-area = a área { $number } já está descrita em `{ $file }`
hint-duplicate-area = cada área tem um único arquivo: junte os dois ou renumere um deles
problem-not-an-area-number = `{ $value }` não é um número de área
hint-not-an-area-number = os números de área têm duas partes, como 3.1
problem-unknown-check = `{ $name }` não é o nome de uma verificação
hint-unknown-check = as verificações que podem ser permitidas são: { $checks }
problem-not-allowable = as constatações de `{ $name }` não podem ser permitidas
hint-not-allowable = corrija o arquivo; só estas podem ser permitidas: { $checks }
problem-number-gap = não há { $missing }: a numeração salta para { $next }
problem-number-gaps = faltam de { $missing } a { $through }: a numeração salta para { $next }
hint-number-gap = renumere para que os números sigam 1, 2, 3 … sem lacunas, ou acrescente o que falta
problem-duplicate-activity-number = o número de atividade { $number } já é usado em { $first }
hint-duplicate-activity-number = cada atividade tem um número próprio
problem-not-in-area = o número de atividade `{ $number }` não pertence à área { $area }
hint-not-in-area = as atividades da área { $area } são numeradas { $area }.1, { $area }.2, …: renumere-a, ou mova-a para o arquivo da sua própria área
problem-file-name-mismatch = a área { $number } está em `{ $file }`, um arquivo cujo nome não começa com o seu número
hint-file-name-mismatch = renomeie o arquivo para `{ $number }-….toml`, ou corrija `number`
problem-stray-number-in-title = o título começa com um número que sobra, `{ $prefix }`
hint-stray-number-in-title = retire-o do título: o número da atividade vai em `number`
problem-schedule-outside-year = prevista para { $period } (`{ $code }`), fora do ano do plano, { $year }
hint-schedule-moved = o plano abrange só { $year }: você quis dizer `{ $code }`?
hint-schedule-outside-year = o plano abrange só { $year }: leve a atividade para { $year }
problem-done-in-future = registrada como realizada em { $on }, depois de hoje ({ $today })
hint-done-in-future = registre uma atividade realizada depois que ela acontecer, ou corrija a data
problem-done-before-approval = registrada como realizada em { $on }, antes da aprovação do plano ({ $approved })
hint-done-before-approval = corrija a data: o que foi feito antes da aprovação pertence ao plano anterior
problem-done-outside-period = registrada como realizada em { $on }, fora do seu período previsto ({ $planned })
hint-done-outside-period = corrija a data, ou atualize `schedule` se a atividade foi transferida
problem-done-outside-plan-year = registrada como realizada em { $on }, fora do ano do plano, { $year } (a sua data: { $schedule })
hint-done-outside-plan-year = corrija a data: este plano abrange só { $year }
problem-done-too-often = registrada como realizada { $done } vezes, mas prevista { $planned } { $planned ->
        [one] vez
       *[other] vezes
    }
hint-done-too-often = retire os registros a mais, ou aumente `target` se foram previstas mais
problem-missing-details = a atividade não tem { $missing }
missing-place = local
missing-schedule = data
missing-resources = recursos
missing-or = { $init } nem { $last }
hint-missing-details = acrescente o que falta; se ainda estiver sendo definido, escreva `allow = ["completeness"]` na atividade com um comentário que explique por quê
problem-empty-title = o título da atividade está vazio
hint-empty-title = escreva o título tal como foi aprovado
problem-empty-area-name = o nome da área está vazio
hint-empty-area-name = escreva o nome tal como foi aprovado
problem-duplicate-activity = mesmo título e data que a atividade { $first }
hint-duplicate-activity = se for uma cópia, retire-a; se acontecer duas vezes, diga isso no título ("Segundo …") ou dê a cada uma a sua própria data
problem-unused-allowance = `{ $check }` está permitido aqui, mas esta atividade não tem avisos de `{ $check }`
hint-unused-allowance = retire-o de `allow`: o que ele permitia já foi corrigido

## O que o `import` não soube com certeza, e o que fez

doubt-title-recased = o título `{ $written }` está em maiúsculas; foi escrito `{ $title }`
doubt-title-from-first-line = nenhuma linha nomeia o plano; a primeira foi tomada como título: `{ $title }`
doubt-organisation-from-assembly = a organização `{ $organisation }` foi tirada do nome da assembleia
doubt-no-organisation = organização não encontrada: escreva-a em plan.toml
doubt-year-from-approval = o título não indica o ano; foi tomado { $year }, o ano seguinte à aprovação
doubt-kept = não interpretado, mantido como comentário: `{ $text }`
doubt-schedule-not-read = a data `{ $text }` não foi entendida: sem `schedule`; o texto foi mantido como comentário
doubt-year-assumed = `{ $text }` não indica o ano; foi tomado { $year }, o ano do plano
doubt-outside-plan-year = `{ $text }` está fora do ano do plano; mantido como está escrito
doubt-number-in-title = o título começa com um número (`{ $title }`); mantido como está escrito
doubt-no-fields = sem local, data nem recursos; mantido como está escrito
doubt-count-added = meta { $total } somada a partir do título: { $words }
doubt-counts-disagree = o título diz { $title } vezes e a data { $schedule }; foi tomado { $schedule }
doubt-outside-its-area = o número não pertence à área { $area }; mantido nela como está escrito
doubt-repeated-number = `{ $number }` está repetido
doubt-repeated-field = `{ $text }` repetido; mantido como comentário

## Writing, history, safety and import of tables (issues 13 to 16)

change-adds-errors = a alteração acrescentaria { $count } { $count ->
        [one] erro
       *[other] erros
    } ao plano (acima); nada foi gravado: corrija os valores, ou use --force para gravá-la mesmo assim
empty-title-given = o título está vazio: indique o título da atividade
zero-target = --target deve ser 1 ou mais: quantas vezes a atividade deve ser realizada
bad-schedule-given = `{ $value }` não é uma data prevista: escreva um código (2022, 2022-S2, 2022-Q3, 2022-03, 2022-03-15, to-be-defined, as-needed) ou as palavras do documento ("1º semestre de 2022", "Trimestral (4 por ano)", "A definir")
unknown-area = nenhuma área é `{ $value }`: indique o número de uma área, ou uma parte do nome que só uma área tenha (áreas: { $known })
bad-position = --at `{ $value }` não é uma posição na área { $area }: indique um número de 1 até o último lugar possível ({ $last })
title-required = a atividade precisa de um título: use --title TEXTO (o workplan só o pergunta num terminal)
activity-added = { $number } { $title }: incluída em `{ $file }`
nothing-to-edit = nada a alterar: indique pelo menos um valor, ou --unset CHAVE
activity-edited = { $number } { $title }: { $keys } alterado
has-records = { $number } tem { $count } { $count ->
        [one] registro
       *[other] registros
    } de avanço, que seriam perdidos ao retirá-la; use `workplan cancel { $number } --reason TEXTO` para manter o seu histórico, ou --force para retirá-la mesmo assim
activity-removed = { $number } { $title }: retirada
move-same-area = { $number } já está na área { $area }: use `workplan renumber` para mudar o seu lugar nela
activity-moved = { $from } -> { $to } { $title }: transferida
no-records = { $number } ainda não tem registros
no-such-record = { $number } não tem o registro { $wanted }: tem { $count } (ver `workplan records { $number }`)
nothing-to-amend = --amend precisa de --on DATA, --note TEXTO ou ambos
record-amended = o registro de { $date } foi corrigido
area-exists = a área { $number } já existe, em `{ $file }`: use `workplan area edit { $number }`
empty-area-name-given = o nome está vazio: indique o nome da área
area-added = área { $number }: incluída como `{ $file }`
area-edited = área { $number }: alterada, em `{ $file }`
area-has-activities = a área { $number } tem { $count } { $count ->
        [one] atividade
       *[other] atividades
    }: transfira-as ou retire-as antes, ou use --force para retirar a área com elas
area-removed = área { $number }: `{ $file }` retirado
bad-area-number = `{ $value }` não é um número de área: escreva dois números com um ponto, como 3.1
init-needs-words = --organisation e --title não podem estar vazios
bad-year = `{ $value }` não é um ano: escreva-o com quatro algarismos, 2023
dir-not-empty = `{ $dir }` não está vazio: um plano novo vai num diretório novo ou vazio (`workplan import` lê um documento existente)
plan-created = plano criado em `{ $dir }`; em seguida: workplan --plan { $dir } area add 1.1 --name NOME
prompt-title = Título
prompt-place = Local
prompt-schedule = Quando (2022-S2, 2022-Q3, "1º semestre de 2022", "Trimestral (4 por ano)", "A definir")
prompt-resources = Recursos
prompt-optional = Enter para deixar em branco
area-required = a atividade precisa de uma área: use --area ÁREA (o seu número ou uma parte do nome)
no-area-matches = nenhuma área corresponde a `{ $area }`: indique uma pelo número ou por parte do nome ({ $areas })
log-unreadable = não foi possível ler o plano neste commit ({ $files }; `workplan validate --rev { $commit }` diz por quê): o commit seguinte é comparado com a última versão que pôde ser lida
log-plan-created = plano criado: { $areas } { $areas ->
        [one] área
       *[other] áreas
    }, { $activities } { $activities ->
        [one] atividade
       *[other] atividades
    }
no-history = nenhum commit altera o plano ainda
no-history-of = nenhum commit altera { $what }
new-same-year = o plano já é o de { $year }: indique o ano do plano novo, por exemplo { $next }
new-target-not-empty = `{ $dir }` já existe e não está vazio: indique um diretório novo para o plano novo (nada foi gravado)
new-plan-written = `{ $dir }` gravado: { $title }, { $areas } { $areas ->
        [one] área
       *[other] áreas
    }, { $activities } { $activities ->
        [one] atividade
       *[other] atividades
    } do plano de { $from_year } ({ $left_out } { $left_out ->
        [one] ficou de fora
       *[other] ficaram de fora
    }).
new-plan-to-fill = A completar: a aprovação, quando a Assembleia aprovar o plano, e o Comitê Executivo que o elabora (modelos no fim de `{ $file }`).
new-plan-next = Próximo passo: workplan --plan { $dir } validate; o rascunho para a Assembleia: workplan --plan { $dir } export
new-plan-approval-later = A completar quando a Assembleia aprovar o plano:
new-plan-committee-later = A completar com o Comitê Executivo que o elabora:
new-plan-has-errors = o plano novo teria { $count } { $count ->
        [one] erro
       *[other] erros
    } (acima), um erro do workplan: nada foi gravado; por favor, informe-o
new-plan-inherits-errors = aviso: o plano novo tem { $count } { $count ->
        [one] erro herdado
       *[other] erros herdados
    } do plano atual: `workplan --plan { $dir } validate` os mostra
draft-area-file-header = Área { $number } do { $title }: rascunho a partir do plano de { $from_year }.
diff-heading-only = Alterações em { $only } de { $from } a { $to }
no-changes-only = Nenhuma alteração em { $only } de { $from } a { $to }
focus-area = a área { $number }
focus-activity = a atividade { $number }
confirmation-not-shown = aviso: a alteração está gravada, mas não foi possível mostrar a sua confirmação: { $reason }
output-exists = `{ $path }` já existe: indique --force para substituí-lo, ou escolha outro arquivo
output-is-plan-file = `{ $path }` é um arquivo do plano (ou seria lido como tal): grave a saída em outro lugar
link-outside = `{ $file }` é um link simbólico que leva para fora do repositório: não é lido; coloque o próprio arquivo no diretório do plano, ou retire o link
document-part-too-large = `{ $file }`: a sua parte `{ $part }` ocupa mais de { $limit } MiB depois de descompactada, mais do que qualquer documento de plano (um arquivo danificado ou manipulado?); nada foi gravado
waiting-for-lock = aguardando: outro processo do workplan está alterando o plano em `{ $dir }`…
lock-timed-out = outro processo do workplan está alterando o plano em `{ $dir }` há { $seconds } s: desistiu-se, nada foi gravado; tente de novo quando ele terminar (WORKPLAN_LOCK_TIMEOUT define a espera)
bad-lock-timeout = WORKPLAN_LOCK_TIMEOUT vale `{ $value }`: deve ser um número de segundos, como 30 ou 0.5
import-interrupted = uma importação em `{ $dir }` foi interrompida antes de terminar: o próximo comando que alterar o plano a conclui (execute de novo `workplan import --force`, por exemplo); até lá o plano não é lido
cannot-finish-import = não é possível concluir a importação interrompida em `{ $dir }`: o seu registro, `.workplan-journal`, está danificado ou não é do workplan; se nenhuma importação estava em andamento, examine-o e apague-o
document-has-no-activities = `{ $file }` tem áreas de trabalho, mas nenhuma atividade foi encontrada nelas: numere as atividades "3.1.1) Título", ou coloque-as numa tabela cuja linha de cabeçalho tenha uma coluna "Actividad" (ver docs/import.md)
spreadsheet-unreadable = `{ $file }` não é uma planilha legível ({ $reason }): salve-a de novo como .xlsx ou .ods, ou como CSV
csv-unreadable = { $file }:{ $line }: não é possível ler o CSV ({ $reason }): verifique as aspas dessa linha
document-not-text = { $file }:{ $line }: caracteres de controle: o arquivo não é texto em UTF-8 nem em Windows-1252; salve-o de novo como "CSV UTF-8"
spreadsheet-has-no-year = `{ $file }` não indica o ano do plano: nem no nome de uma planilha, nem no do arquivo, nem nas datas; indique-o com --year 2024
binary-to-terminal = um arquivo .{ $format } não é texto para um terminal: grave-o com -o plan.{ $format }, ou redirecione a saída padrão para um arquivo
plain-title = Plano de Trabalho { $year }
cannot-write-spreadsheet = não é possível gravar a planilha: { $reason }

# Import of tables, spreadsheets and other layouts (issue 16).
label-row = linha da planilha
label-target = Meta
label-times-done = Vezes realizada
doubt-no-title = título não encontrado: foi escrito `{ $title }`; corrija-o em plan.toml
doubt-area-without-activities = a área { $number } não tem atividades
doubt-dates-in-another-year = { $count } de { $total } datas são de { $year }, não de { $plan_year }, o ano do plano: verifique o ano do plano
doubt-year-from-text = o ano do plano, { $year }, foi tirado desta linha
doubt-table-without-header = uma tabela sem linha de cabeçalho com uma coluna `Actividad`: as suas linhas foram lidas como linhas de texto
doubt-column-kept = a coluna `{ $column }` não tem lugar no plano: mantida como comentário em cada atividade
doubt-activities-without-area = atividades sem área: colocadas numa área nova, { $number }; dê-lhe um nome no seu arquivo
doubt-area-numbered = a área `{ $name }` não tem número: recebeu o número { $number }
doubt-year-from-name = o ano do plano, { $year }, foi tirado do nome `{ $name }`
doubt-year-from-dates = o ano do plano, { $year }, foi tirado das datas, que são todas desse ano
# safety-files: a link out of the repository.
problem-link-outside = este é um link simbólico que leva para fora do repositório (fora do git, do diretório do plano), por isso não é lido
hint-link-outside = coloque o próprio arquivo no diretório do plano, ou retire o link
# history: de onde vem uma atividade transferida, num comentário do plano novo.
origin = { $year }: { $number }, { $how }
ending-not-carried-out = não realizada em { $year }
ending-carried-out = realizada em { $on }
ending-partly = realizada { $done } de { $planned } vezes, a última em { $last }
ending-cancelled = cancelada em { $on }: { $reason }
# Um intervalo de meses: "março a junho de 2024".
period-months = { $first } a { $last } de { $year }
# safety-output: caracteres de controle e bidirecionais, textos longos demais.
problem-bidi-control = `{ $field }` contém o controle bidirecional U+{ $code }, que faz o texto ser lido diferente do que é
problem-control-character = `{ $field }` contém o caractere de controle U+{ $code }, que um terminal executa em vez de mostrar
hint-hidden-character = apague-o: o texto do plano não precisa de caracteres de controle (quebras de linha e tabulações são aceitas)
problem-text-too-long = `{ $field }` tem { $chars } caracteres, mais do que os { $limit } que se leem de uma vez
hint-text-too-long = encurte-o; os detalhes vão na ata ou num documento vinculado
