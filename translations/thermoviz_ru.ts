<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <location filename="../thermoviz/gui/window/actions.py" line="+81"/>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save scenario</source>
        <translation>&amp;Сохранить сценарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save scenario &amp;as…</source>
        <translation>Сохранить сценарий &amp;как…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard as PNG {scale}×…</source>
        <translation>Графики в PNG {scale}×…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard as SVG (vector)…</source>
        <translation>Графики в SVG (вектор)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>Данные в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report…</source>
        <translation>Отчёт PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout for a class (one A4 page)…</source>
        <translation>Раздаточный лист для класса (одна страница A4)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy figure</source>
        <translation>&amp;Копировать рисунок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Сбросить масштаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin as reference (compare)</source>
        <translation>&amp;Закрепить как эталон (сравнить)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current curves, faded, while you change the scenario or load another preset: e.g. pin the nominal MS-23 return, then load MS-22.</source>
        <translation>Оставить текущие кривые бледными, пока вы меняете сценарий или загружаете другой: например, закрепите штатное возвращение MS-23, затем загрузите MS-22.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear reference</source>
        <translation>&amp;Убрать эталон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presentation mode (full screen, plots only)</source>
        <translation>&amp;Режим презентации (весь экран, только графики)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a projector: full screen, controls and status bar hidden. F11 or Esc returns.</source>
        <translation>Для проектора: весь экран, без панели управления и строки состояния. F11 или Esc — назад.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates need the scenario&apos;s start time (historic presets have one).</source>
        <translation>Для дат нужно время начала сценария (оно есть у исторических сценариев).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported &amp;timeline markers</source>
        <translation>Отметки &amp;хронологии событий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey diamonds along the top: what was reported to have happened, with sources.</source>
        <translation>Серые ромбы вверху: что, по сообщениям, произошло, с источниками.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in (time)</source>
        <translation>&amp;Увеличить (время)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out (time)</source>
        <translation>У&amp;меньшить (время)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to return flight</source>
        <translation>&amp;Показать возвращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show undocking − 0.5 h to landing + 0.5 h (exports show the same window).</source>
        <translation>Показать от расстыковки − 0,5 ч до посадки + 0,5 ч (экспорт показывает то же окно).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported &amp;timeline…</source>
        <translation>&amp;Хронология событий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources…</source>
        <translation>&amp;Источники…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where every fact comes from, with its confidence: the page lessons and presets cite as &quot;Sources §1.1&quot; (readable offline)</source>
        <translation>Откуда взят каждый факт и насколько он надёжен: страница, на которую уроки и пресеты ссылаются как «Sources §1.1» (открывается без интернета)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew &amp;grades…</source>
        <translation>&amp;Уровни состояния экипажа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four crew grades (stop work 38 °C, not acceptable 39 °C, not survivable 40 °C or wet-bulb 35 °C) and why these lines, for a teacher</source>
        <translation>Четыре уровня состояния экипажа (прекратить работу 38 °C, недопустимо 39 °C, не выжить 40 °C или влажный термометр 35 °C) и почему именно эти границы — для учителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explain: click any part of the window</source>
        <translation>&amp;Пояснить: щёлкните любую часть окна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then click any curve, legend entry, axis, limit line, event or the verdict for its explanation.</source>
        <translation>Затем щёлкните любую кривую, строку легенды, ось, предельную линию, событие или вывод, чтобы увидеть пояснение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About thermoviz</source>
        <translation>&amp;О программе thermoviz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 ({width}×{height})…</source>
        <translation>Слайд 16:9 ({width}×{height})…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, verdict, the shown plots and a legend under them, type sized for a projector</source>
        <translation>Название, вывод, показанные графики и легенда под ними; шрифт крупный, для проектора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Animation (GIF/MP4)…</source>
        <translation>&amp;Анимация (GIF/MP4)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loop schematic played over the run, as an animated GIF or MP4 video for slides.</source>
        <translation>Схема контура, проигранная по ходу расчёта, как анимированный GIF или видео MP4 для слайдов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure &amp;contents…</source>
        <translation>&amp;Состав рисунка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the plots, curves and limit lines the figure and every export show</source>
        <translation>Выбрать графики, кривые и предельные линии, которые показывают рисунок и весь экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map as {kind}…</source>
        <translation>Карта в {kind}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crew-grade map of the Map tab (image, 1600×1000)</source>
        <translation>Карта состояния экипажа со вкладки «Карта» (изображение 1600×1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crew-grade map of the Map tab (vector)</source>
        <translation>Карта состояния экипажа со вкладки «Карта» (вектор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crew-grade map of the Map tab (one row per cell)</source>
        <translation>Карта состояния экипажа со вкладки «Карта» (одна строка на ячейку)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew-grade &amp;map</source>
        <translation>&amp;Карта состояния экипажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which inputs keep the crew below a grade, as a map of the current scenario (a tab beside the time plots)</source>
        <translation>Какие входные данные держат экипаж ниже уровня — карта текущего сценария (вкладка рядом с графиками по времени)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uncertainty (5–95 % bands)</source>
        <translation>&amp;Неопределённость (полосы 5–95 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the scenario over plausible values of the vehicle&apos;s estimated parameters: bands behind the cabin, equipment and crew curves, and how robust the verdict is</source>
        <translation>Рассчитать сценарий по правдоподобным значениям оценочных параметров корабля: полосы за кривыми кабины, приборов и экипажа и устойчивость вывода</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rew band (both crew models)</source>
        <translation>Полоса &amp;экипажа (обе модели)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the crew under both crew models (PHS, JOS-3) and the spread of the physiological assumptions: a band behind the crew curve, the central curve named</source>
        <translation>Рассчитать экипаж по обеим моделям (PHS, JOS-3) и разбросу физиологических допущений: полоса за кривой экипажа, центральная кривая названа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time plots</source>
        <translation>&amp;Графики по времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit vehicle…</source>
        <translation>&amp;Изменить корабль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a vehicle, change any of its parameters and save it as your own vehicle.</source>
        <translation>Скопировать корабль, изменить любые его параметры и сохранить как свой корабль.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export this plot as PNG {scale}×…</source>
        <extracomment>Right-click menu of each plot: (id, title, callback(window, plot_key)).</extracomment>
        <translation>Экспорт этого графика в PNG {scale}×…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this plot as SVG…</source>
        <translation>Экспорт этого графика в SVG…</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/time_axis.py" line="+32"/>
        <source>Hours since the puncture</source>
        <translation>Часы после пробоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours since the start of the run</source>
        <translation>Часы от начала расчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time (UTC)</source>
        <translation>Дата и время (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time (Moscow time)</source>
        <translation>Дата и время (московское)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../thermoviz/gui/analysis_worker.py" line="+106"/>
        <source>it ran past its time budget of {seconds} s and was stopped</source>
        <extracomment>The kinds of answer that end a job.</extracomment>
        <translation>расчёт превысил отведённое время ({seconds} с) и был остановлен</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the analysis process stopped unexpectedly; try again</source>
        <translation>процесс анализа неожиданно завершился; попробуйте ещё раз</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it ran past its time budget of {seconds} s; ask for a smaller grid or fewer samples</source>
        <extracomment>The worker process&apos;s own failure (it has no language): worded again here, in the window&apos;s.</extracomment>
        <translation>расчёт превысил отведённое время ({seconds} с); задайте сетку поменьше или меньше выборок</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../thermoviz/cli_lang.py" line="+13"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>требуются аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../thermoviz/cli.py" line="+63"/>
        <source>What a coolant-loop puncture does to a spacecraft and its crew (Soyuz MS-22, Progress MS-21, Nauka). Without a command, opens the desktop app.</source>
        <extracomment>``--time-axis`` values: the keys of thermoviz.figure.time_axis.MODES (not imported here: the CLI starts without Qt; a test keeps the two equal). ``--units`` values (the keys of thermoviz.model.units.TEMP_UNITS; a test keeps them equal). ``--lang`` values (the keys of thermoviz.io.translations.LANGUAGES; a test keeps them equal).</extracomment>
        <translation>Что пробой контура охлаждения делает с кораблём и его экипажем (Союз МС-22, Прогресс МС-21, «Наука»). Без команды открывает настольное приложение.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>simulate a preset or scenario file and print a summary</source>
        <translation>рассчитать готовый сценарий или файл сценария и вывести сводку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate SCENARIO (a preset id from `thermoviz presets` or a .toml scenario file).</source>
        <translation>Рассчитать SCENARIO (id готового сценария из `thermoviz presets` или файл сценария .toml).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../thermoviz/cli_analysis.py" line="+48"/>
        <location line="+22"/>
        <source>preset id or path of a .toml scenario file</source>
        <translation>id готового сценария или путь к файлу сценария .toml</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change one field (repeatable), e.g. --set hole_diameter_mm=2 --set undock_time_h=none; fields: {fields}, undock_after_puncture_h (hours from the puncture to undock)</source>
        <translation>изменить одно поле (можно повторять), например --set hole_diameter_mm=2 --set undock_time_h=none; поля: {fields}, undock_after_puncture_h (часы от пробоя до расстыковки)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print one JSON object instead of the summary (numbers in SI units whatever --units says)</source>
        <translation>вывести один объект JSON вместо сводки (числа в единицах СИ, что бы ни задавал --units)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print nothing on success (for scripts that only write files); errors still go to stderr</source>
        <translation>ничего не выводить при успехе (для скриптов, которые только пишут файлы); ошибки по-прежнему идут в stderr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write every series (units in the header) to a CSV file</source>
        <translation>записать все ряды (единицы в заголовке) в файл CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>script (default): metadata as &apos;# &apos; comment lines, then the table; spreadsheet: header on row 1, UTF-8 BOM, metadata in two columns beside the table</source>
        <translation>script (по умолчанию): метаданные строками комментария &apos;# &apos;, затем таблица; spreadsheet: заголовок в строке 1, UTF-8 с BOM, метаданные в двух столбцах рядом с таблицей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figure and report export (headless)</source>
        <translation>экспорт графиков и отчёта (без окна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the dashboard as a PNG image</source>
        <translation>записать графики как изображение PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the dashboard as an SVG (vector) image</source>
        <translation>записать графики как изображение SVG (вектор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a PDF report (several A4 pages: summary tables, the figure, assumptions and sources)</source>
        <translation>записать отчёт PDF (несколько страниц A4: сводные таблицы, график, допущения и источники)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a one-page A4 handout for a class (PDF: title, the verdict in plain words, one figure, five key numbers, three questions)</source>
        <translation>записать раздаточный лист для класса на одну страницу A4 (PDF: название, вывод простыми словами, один график, пять главных чисел, три вопроса)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG scale factor: 1, 2 or 4 (default 1)</source>
        <translation>масштаб PNG: 1, 2 или 4 (по умолчанию 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time axis of the figures: hours since the puncture (default), since the start, or date and time in UTC / Moscow time (scenarios with a start time)</source>
        <translation>ось времени графиков: часы от пробоя (по умолчанию), от начала или дата и время UTC / московское время (сценарии со временем начала)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also draw this preset or .toml scenario, faded, in the figures (as View &gt; Pin as reference), aligned at undock, else at the puncture</source>
        <translation>также нарисовать этот готовый сценарий или сценарий .toml бледно на графиках (как Вид &gt; Закрепить как эталон), с выравниванием по расстыковке, иначе по пробою</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list the historic presets (id, title, description)</source>
        <translation>перечислить исторические сценарии (id, название, описание)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print every preset with its reported timeline and sources as JSON</source>
        <translation>вывести каждый сценарий с его известной хронологией и источниками в JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the desktop app (the default)</source>
        <translation>открыть настольное приложение (по умолчанию)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preset id or .toml file to open</source>
        <translation>id готового сценария или файл .toml, который открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save a PNG of the window and quit (for docs/tests)</source>
        <translation>сохранить PNG окна и выйти (для документации и тестов)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>temperatures in the summary, CSV headers, figures and PDF: C (default) or F; inputs, scenario files and --json stay in °C. In the app: View &gt; Units (remembered)</source>
        <translation>температуры в сводке, заголовках CSV, на графиках и в PDF: C (по умолчанию) или F; входные данные, файлы сценариев и --json остаются в °C. В приложении: Вид &gt; Единицы (запоминается)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the window and the text summary: en, ru or es (default: the system locale; in the app also View &gt; Language)</source>
        <translation>язык окна и текстовой сводки: en, ru или es (по умолчанию язык системы; в приложении также Вид &gt; Язык)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Crew band: {summary} {why}.</source>
        <translation>Полоса экипажа: {summary} {why}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../thermoviz/cli_analysis.py" line="+135"/>
        <location filename="../thermoviz/cli_lesson.py" line="+113"/>
        <source>Wrote {path}</source>
        <translation>Записан {path}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_analysis.py" line="-162"/>
        <source>change one field of the scenario first (repeatable); fields: {fields}</source>
        <extracomment>The boundary grades and the default one (:mod:`thermoviz.model.outcome.grades`; not imported here, so the parser starts without numpy; a test keeps them equal). The map metrics (:data:`thermoviz.analysis.metrics.METRICS`; a test keeps the two equal). Most points on one map axis (the engine&apos;s own limit).</extracomment>
        <translation>сначала изменить одно поле сценария (можно повторять); поля: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>survivability map: a metric over two inputs</source>
        <translation>карта выживаемости: показатель по двум входным величинам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate a metric over a grid of two inputs of SCENARIO (batched: the loop, cabin and crew models for all cells at once).</source>
        <translation>Вычислить показатель на сетке двух входных величин SCENARIO (пакетно: модели контура, кабины и экипажа сразу для всех ячеек).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>horizontal axis: field, range and points (default {points}); fields: {fields}</source>
        <translation>горизонтальная ось: поле, диапазон и число точек (по умолчанию {points}); поля: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertical axis, as --x</source>
        <translation>вертикальная ось, как --x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {metrics} (default margin_to_GRADE_k: kelvin below --grade)</source>
        <translation>одно из {metrics} (по умолчанию margin_to_GRADE_k: сколько кельвинов ниже --grade)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the crew grade whose boundary is drawn: one of {grades} (default {default}, core 39 °C)</source>
        <translation>уровень состояния экипажа, границу которого рисовать: одно из {grades} (по умолчанию {default}, ядро тела 39 °C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also draw the boundary of --grade for every crew count (1 to the seats)</source>
        <translation>также нарисовать границу --grade для каждой численности экипажа (от 1 до числа мест)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write one row per cell (units in the header)</source>
        <translation>записать по строке на ячейку (единицы в заголовке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the map as a 1600 x 1000 PNG</source>
        <translation>записать карту как PNG 1600 x 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the map as SVG</source>
        <translation>записать карту как SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the map as one JSON object</source>
        <translation>вывести карту одним объектом JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limit of one input (largest hole, latest undock, most crew) for a crew grade</source>
        <translation>предел одной входной величины (наибольшее отверстие, самая поздняя расстыковка, наибольший экипаж) для уровня состояния экипажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find, by bisection on single simulations, the value of FIELD at which the crew of SCENARIO reaches GRADE (default not_acceptable: core 39 °C).</source>
        <translation>Найти делением пополам по отдельным расчётам значение FIELD, при котором экипаж SCENARIO достигает уровня GRADE (по умолчанию not_acceptable: ядро тела 39 °C).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input to search; one of {fields}</source>
        <translation>искомая входная величина; одно из {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crew aboard for the search (default: the scenario&apos;s)</source>
        <translation>экипаж на борту для поиска (по умолчанию как в сценарии)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the crew grade to stay below: one of {grades} (default {default}, core 39 °C)</source>
        <translation>уровень состояния экипажа, ниже которого оставаться: одно из {grades} (по умолчанию {default}, ядро тела 39 °C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print value, grade, crew, field, unit and bracket as JSON</source>
        <translation>вывести значение, уровень, экипаж, поле, единицу и интервал поиска в JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also run N plausible vehicles (Latin hypercube over the estimates&apos; ranges): 5-95 %% bands, share reaching each limit, dominant parameter</source>
        <translation>также рассчитать N правдоподобных кораблей (латинский гиперкуб по диапазонам оценок): полосы 5-95 %%, доля достигших каждого предела, главный параметр</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also run both crew models (phs, jos3) and the spread of the crew assumptions (acclimatised, 1.0-1.4 met, air speed, clothing): a band on the crew plot, one sentence, crew_band in --json (a second or two)</source>
        <translation>также рассчитать обе модели экипажа (phs, jos3) и разброс допущений об экипаже (акклиматизация, 1,0-1,4 мет, скорость воздуха, одежда): полоса на графике экипажа, одно предложение, crew_band в --json (секунда-другая)</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>On the safe side of the colour scale ({crew} crew): {share} of the cells</source>
        <translation>На безопасной стороне цветовой шкалы (экипаж {crew}): {share} ячеек</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{crew} crew: {share} of the cells below &quot;{grade}&quot;</source>
        <translation>экипаж {crew}: {share} ячеек ниже «{grade}»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(grade {grade}, the default; --grade {grades} asks another)</source>
        <translation>(уровень {grade}, по умолчанию; --grade {grades} задаёт другой)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Uncertainty ({count} plausible vehicles): {sentence}</source>
        <translation>Неопределённость ({count} правдоподобных кораблей): {sentence}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crew grades over the same vehicles: {sentence}.</source>
        <translation>Уровни состояния экипажа по тем же кораблям: {sentence}.</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_animation.py" line="+28"/>
        <source>playback animation (headless)</source>
        <translation>анимация воспроизведения (без окна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the loop schematic over the run as an animated GIF</source>
        <translation>записать схему контура по ходу расчёта как анимированный GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the loop schematic over the run as an MP4 video (H.264)</source>
        <translation>записать схему контура по ходу расчёта как видео MP4 (H.264)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>animation frame size in pixels, even numbers (default {size})</source>
        <translation>размер кадра анимации в пикселях, чётные числа (по умолчанию {size})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>animation frames per second (default {fps})</source>
        <translation>кадров анимации в секунду (по умолчанию {fps})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of animation frames, spread evenly over the run (default {frames})</source>
        <translation>число кадров анимации, равномерно по всему расчёту (по умолчанию {frames})</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_lesson.py" line="-79"/>
        <source>list the guided lessons and their steps</source>
        <translation>перечислить уроки и их шаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the guided lessons (assets/lessons) and their steps, or show one step with its scenario simulated and the model&apos;s numbers filled in. Format of a lesson file: docs/lessons.md.</source>
        <translation>Перечислить уроки (assets/lessons) и их шаги или показать один шаг с рассчитанным сценарием и подставленными числами модели. Формат файла урока: docs/lessons.md.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lesson id (see `thermoviz lesson`) or the path of a lesson .toml file</source>
        <translation>id урока (см. `thermoviz lesson`) или путь к файлу урока .toml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show step N (1 = first) with its scenario simulated</source>
        <translation>показать шаг N (1 = первый) с рассчитанным сценарием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON instead of text</source>
        <translation>вывести JSON вместо текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --step: write the step as a 16:9 slide PNG (its scenario, window, cursor and highlight; title = step title)</source>
        <translation>с --step: записать шаг как слайд 16:9 в PNG (его сценарий, окно, курсор и выделение; название = название шага)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the whole lesson as a 16:9 slide deck: PATH.pdf or PATH.pptx (editable text); a question and an answer slide per predict step</source>
        <translation>записать весь урок как набор слайдов 16:9: PATH.pdf или PATH.pptx (редактируемый текст); слайд с вопросом и слайд с ответом на каждый шаг-прогноз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slide pixels for --png: 1920x1080 (default) or 3840x2160</source>
        <translation>пиксели слайда для --png: 1920x1080 (по умолчанию) или 3840x2160</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>lesson left out: {reason}</source>
        <translation>урок пропущен: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>({count} steps)</source>
        <translation>(шагов: {count})</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Wrote {path} ({count} slides)</source>
        <translation>Записан {path} (слайдов: {count})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{lesson}: step {number} of {count}</source>
        <translation>{lesson}: шаг {number} из {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predict first: {question}</source>
        <translation>Сначала предскажите: {question}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reveal: {reveal}</source>
        <translation>Ответ: {reveal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View ({words}): {low} to {high} h, cursor at {cursor} h{when}; plots {plots}; highlight {highlight}</source>
        <translation>Вид ({words}): от {low} до {high} ч, курсор на {cursor} ч{when}; графики {plots}; выделено {highlight}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario: {command}</source>
        <translation>Сценарий: {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_odds.py" line="+23"/>
        <source>how likely a radiator puncture is (meteoroid and debris flux models)</source>
        <translation>насколько вероятен пробой радиатора (модели потоков метеороидов и космического мусора)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected radiator punctures of VEHICLE and the chance of at least one, as a band (low, central, high), from the Grün meteoroid flux (ECSS) and the NASA 91 debris model; also the fleet question: three leaks at the station in eleven months.</source>
        <translation>Ожидаемое число пробоев радиатора VEHICLE и вероятность хотя бы одного, как полоса (низкая, средняя, высокая), по потоку метеороидов Грюна (ECSS) и модели мусора NASA 91; а также вопрос о флоте: три утечки на станции за одиннадцать месяцев.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vehicle id (see `thermoviz vehicles`), e.g. soyuz-ms</source>
        <translation>id корабля (см. `thermoviz vehicles`), например soyuz-ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days exposed (default {days}, a 6-month mission)</source>
        <translation>дней в полёте (по умолчанию {days}, полугодовая экспедиция)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count only holes at least this wide [mm] (default 0: any puncture); MS-22&apos;s was 0.8</source>
        <translation>учитывать только отверстия не меньше этой ширины [мм] (по умолчанию 0: любой пробой); у МС-22 было 0,8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object (bands, inputs, sources)</source>
        <translation>вывести один объект JSON (полосы, входные данные, источники)</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_slide.py" line="+25"/>
        <source>slide export (16:9, headless)</source>
        <translation>экспорт слайда (16:9, без окна)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a 16:9 slide PNG: title, verdict, plots, legend below</source>
        <translation>записать слайд 16:9 в PNG: название, вывод, графики, легенда внизу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slide pixels: 1920x1080 (default) or 3840x2160</source>
        <translation>пиксели слайда: 1920x1080 (по умолчанию) или 3840x2160</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plots on the slide or figures (--png/--svg/--pdf), comma-separated, from {plots}</source>
        <translation>графики на слайде или рисунках (--png/--svg/--pdf) через запятую, из {plots}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time window start of the slide, figures and animation [h since the puncture; since the start with --time-axis start or without a puncture]</source>
        <translation>начало временного окна слайда, графиков и анимации [ч от пробоя; от начала с --time-axis start или без пробоя]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time window end of the slide, figures and animation [h since the puncture; since the start with --time-axis start or without a puncture]</source>
        <translation>конец временного окна слайда, графиков и анимации [ч от пробоя; от начала с --time-axis start или без пробоя]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slide title (default: the scenario&apos;s title)</source>
        <translation>название слайда (по умолчанию название сценария)</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_vehicle.py" line="+29"/>
        <source>fly the scenario with the vehicle in this vehicle .toml file (same format as the shipped ones; write one with Vehicle &gt; Edit vehicle… in the window)</source>
        <translation>рассчитать сценарий с кораблём из этого файла корабля .toml (тот же формат, что у поставляемых; создать его можно в окне: Корабль &gt; Изменить корабль…)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the shipped vehicles and your own</source>
        <translation>перечислить поставляемые корабли и ваши собственные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the shipped vehicles and the user vehicles of your data folder (or $THERMOVIZ_DATA_DIR), with their loops; --json adds every parameter with unit, source and confidence.</source>
        <translation>Перечислить поставляемые корабли и корабли пользователя из вашей папки данных (или $THERMOVIZ_DATA_DIR) с их контурами; --json добавляет каждый параметр с единицей, источником и степенью достоверности.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print every vehicle and its parameters as JSON</source>
        <translation>вывести каждый корабль и его параметры в JSON</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>({origin}, {kind}; loops: {loops})</source>
        <translation>({origin}, {kind}; контуры: {loops})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User vehicles folder: {folder}</source>
        <translation>Папка кораблей пользователя: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: {reason}</source>
        <translation>Пропущен: {reason}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_odds_text.py" line="+17"/>
        <source>{central} (range {low} to {high})</source>
        <translation>{central} (диапазон от {low} до {high})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>any puncture</source>
        <translation>любой пробой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holes of {mm} mm or more</source>
        <translation>отверстия от {mm} мм и больше</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{hole} in its radiator ({area} m², range {low}-{high}, {confidence}), {days} days at {km} km</source>
        <translation>{hole} в его радиаторе ({area} м², диапазон {low}-{high}, {confidence}), {days} сут на высоте {km} км</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected punctures:      {band}</source>
        <translation>ожидаемое число пробоев:      {band}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chance of at least one:  about {central} (range {low} to {high})</source>
        <translation>вероятность хотя бы одного:  примерно {central} (диапазон от {low} до {high})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from meteoroids {meteoroids}, from orbital debris {debris} (central)</source>
        <translation>от метеороидов {meteoroids}, от орбитального мусора {debris} (среднее)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallest particle making such a hole: {central} mm ({low}-{high})</source>
        <translation>наименьшая частица, пробивающая такое отверстие: {central} мм ({low}-{high})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three leaks at the station in eleven months ({days} days, Dec 2022 - Oct 2023):</source>
        <translation>Три утечки на станции за одиннадцать месяцев ({days} сут, дек. 2022 - окт. 2023):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} at a time × {area} m² × {days} days</source>
        <translation>{count} одновременно × {area} м² × {days} сут</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected punctures: {band}; chance of 3 or more: about {central} (range {low} to {high})</source>
        <translation>ожидаемое число пробоев: {band}; вероятность трёх и более: примерно {central} (диапазон от {low} до {high})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reality check: ~{flights} Soyuz and Progress flights to the ISS, 2000-2022, ~{days} days each: the model expects {band} radiator punctures; {leaks} were seen ({reading}).</source>
        <translation>Проверка по реальности: ~{flights} полётов «Союзов» и «Прогрессов» к МКС в 2000-2022 гг., ~{days} сут каждый: модель ожидает {band} пробоев радиатора; наблюдалось {leaks} ({reading}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every input is an estimate with a range (see --json and docs/sources.md §8). Sources:</source>
        <translation>Каждый входной параметр — оценка с диапазоном (см. --json и docs/sources.md §8). Источники:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from none</source>
        <translation>с нуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is it getting worse? Expected punctures for the same stay by year ({steps}; {change} from {first} to {last}): only the debris model grows (NASA 91, extrapolated past 2011).</source>
        <translation>Становится ли хуже? Ожидаемое число пробоев за такой же срок по годам ({steps}; {change} с {first} по {last}): растёт только модель мусора (NASA 91, экстраполирована после 2011 г.).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>below the band: the real radiators are tougher than even its low end</source>
        <translation>ниже полосы: настоящие радиаторы прочнее даже её нижней границы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between the low end and the centre: the real radiators sit on the tough side</source>
        <translation>между нижней границей и серединой: настоящие радиаторы на прочной стороне</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between the centre and the high end</source>
        <translation>между серединой и верхней границей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the band: the model underestimates the danger</source>
        <translation>выше полосы: модель недооценивает опасность</translation>
    </message>
</context>
<context>
    <name>Clothing</name>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+32"/>
        <source>{title}: {source} ({confidence})</source>
        <translation>{title}: {source} ({confidence})</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/crew/clothing.py" line="+31"/>
        <source>Sokol suit, fans on (cabin air)</source>
        <translation>Скафандр «Сокол», вентиляторы включены (воздух кабины)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sokol KV-2 worn for the return with its blower pushing cabin air through the suit (150 L/min, docs/sources.md §2.1: confirmed). Estimate: treated as permeable work clothing of 0.6 clo (PHS default i_mst 0.38) in still cabin air (0.1 m/s): the blower only brings the cabin&apos;s own air, so it cannot cool below what that air allows</source>
        <translation>«Сокол» КВ-2 надет на спуск, его вентилятор прогоняет воздух кабины через скафандр (150 л/мин, docs/sources.md §2.1: подтверждено). Оценка: считается проницаемой рабочей одеждой 0,6 кло (PHS по умолчанию i_mst 0,38) в неподвижном воздухе кабины (0,1 м/с): вентилятор лишь подаёт собственный воздух кабины, поэтому не охлаждает сильнее, чем позволяет этот воздух</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sokol suit, fans off</source>
        <translation>Скафандр «Сокол», вентиляторы выключены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sokol KV-2 with no ventilation: a rubberised pressure layer under the canvas holds in sweat vapour; estimate 1.0 clo (upper PHS limit) and i_mst 0.10 (vapour-tight protective clothing). NPP Zvezda allows ≤1 h helmet open at +25 °C, ≤15 min helmet closed (confirmed)</source>
        <translation>«Сокол» КВ-2 без вентиляции: прорезиненный герметичный слой под тканью удерживает пары пота; оценка 1,0 кло (верхний предел PHS) и i_mst 0,10 (паронепроницаемая защитная одежда). НПП «Звезда» допускает ≤1 ч с открытым шлемом при +25 °C, ≤15 мин с закрытым (подтверждено)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flight clothing (no suit)</source>
        <translation>Полётная одежда (без скафандра)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light cotton flight overalls as worn on the station: 0.5 clo (ISO 9920 light work clothing, from memory), PHS default i_mst 0.38, still air 0.1 m/s; estimate</source>
        <translation>Лёгкий хлопковый полётный комбинезон, как на станции: 0,5 кло (ISO 9920, лёгкая рабочая одежда, по памяти), PHS по умолчанию i_mst 0,38, неподвижный воздух 0,1 м/с; оценка</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../thermoviz/model/limits.py" line="+76"/>
        <source>confirmed</source>
        <extracomment>The confidence words of the limits, marked for translation (shown through translate(&quot;Confidence&quot;, ...)).</extracomment>
        <translation>подтверждено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported once</source>
        <translation>сообщено однажды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from memory</source>
        <translation>по памяти</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>выведено</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/vehicle/row_texts.py" line="+70"/>
        <source>user</source>
        <extracomment>A value the user set (``vehicle_file.edited_provenance``); the other words are the limits&apos; own.</extracomment>
        <translation>задано пользователем</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../thermoviz/gui/window/controls.py" line="+53"/>
        <source>Historic preset</source>
        <extracomment>Emitted (with the preset id) when a preset is picked, just before scenario_changed. A plain-language note of what a vehicle or loop switch changed to fit (one undo step). A typed value was refused (one line naming the field and the allowed range).</extracomment>
        <translation>Исторический сценарий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preset</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a historic scenario (replaces every setting below).</source>
        <translation>Загрузить исторический сценарий (заменяет все настройки ниже).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+185"/>
        <source>Reset to preset</source>
        <translation>Вернуть сценарий</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Undo every change since the preset (or scenario file) was loaded.</source>
        <translation>Отменить все изменения с момента загрузки сценария (или файла сценария).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vehicle and leak</source>
        <translation>Корабль и утечка</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Vehicle</source>
        <translation>Корабль</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+2"/>
        <source>Punctured loop</source>
        <translation>Пробитый контур</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cd range the record allows</source>
        <translation>Диапазон Cd, допустимый по записям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hole diameter [mm]</source>
        <translation>Диаметр отверстия [мм]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discharge coeff. Cd</source>
        <translation>Коэфф. расхода Cd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puncture at [h]</source>
        <translation>Пробой через [ч]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew and timing</source>
        <translation>Экипаж и время</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stays docked</source>
        <translation>Остаётся пристыкованным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle value</source>
        <translation>Как у корабля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hatch to the station open</source>
        <translation>Люк в станцию открыт</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Crew clothing</source>
        <translation>Одежда экипажа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undock at [h]</source>
        <translation>Расстыковка через [ч]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undock → landing [h]</source>
        <translation>Расстыковка → посадка [ч]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crew wears</source>
        <translation>Одежда экипажа</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Crew model</source>
        <translation>Модель экипажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated span [h]</source>
        <translation>Длительность расчёта [ч]</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Custom: {title}</source>
        <translation>Свой: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom scenario</source>
        <translation>Свой сценарий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scenario that is not one of the presets.</source>
        <translation>Сценарий не из числа готовых.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to loaded scenario</source>
        <translation>Вернуть загруженный сценарий</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vehicle value (none)</source>
        <translation>Как у корабля (нет)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle value ({hours} h)</source>
        <translation>Как у корабля ({hours} ч)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Switched to {vehicle}: {changes} (Ctrl+Z undoes it).</source>
        <translation>Выбран {vehicle}: {changes} (Ctrl+Z отменяет).</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+51"/>
        <source>No leak</source>
        <translation>Без утечки</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/scenario_text.py" line="+79"/>
        <source>Title and description</source>
        <translation>Название и описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario title</source>
        <translation>Название сценария</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in the title bar, saved with the scenario, and printed on the PDF report and exported figures. Enter applies it (undo: Ctrl+Z).</source>
        <translation>Показывается в заголовке окна, сохраняется со сценарием, печатается в отчёте PDF и на экспортированных рисунках. Enter применяет (отмена: Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario description</source>
        <translation>Описание сценария</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this scenario shows</source>
        <translation>Что показывает этот сценарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved with the scenario and printed on the PDF report. Applied when you leave the box (undo: Ctrl+Z).</source>
        <translation>Сохраняется со сценарием и печатается в отчёте PDF. Применяется, когда вы покидаете поле (отмена: Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/undock_after.py" line="+30"/>
        <source>… after the puncture [h]</source>
        <translation>… после пробоя [ч]</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/calibration_range.py" line="+47"/>
        <source>record allows {low}–{high}</source>
        <translation>записи допускают {low}–{high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calibrated {cd} (fit to &apos;majority gone by {hours} h&apos;)</source>
        <translation>калибровано {cd} (подгонка к «большая часть ушла за {hours} ч»)</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <location filename="../thermoviz/export/deck.py" line="+89"/>
        <source>Step {number}: {title}</source>
        <extracomment>Slide units (pixels of a 1920 x 1080 slide) and its boxes: (x, y, width, height). Text sizes [slide px]: at 1080 lines the smallest (sources) is 1/60 of the height, the body 1/36. The figure is laid out at this logical size and painted at 2x into FIGURE_BOX (ticks readable). Curves kept per plot on a slide (the first ones of the plot, plus the highlighted one).</extracomment>
        <translation>Шаг {number}: {title}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{title} — predict first</source>
        <translation>{title} — сначала предскажите</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} — the answer</source>
        <translation>{title} — ответ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>shown with the answer</source>
        <translation>показаны вместе с ответом</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Predict first: {text}</source>
        <translation>Сначала предскажите: {text}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question: {text}</source>
        <translation>Вопрос: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: {text}</source>
        <translation>Ответ: {text}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sources: {sources}</source>
        <translation>Источники: {sources}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../thermoviz/gui/map/map_exports.py" line="+17"/>
        <source>No map to export</source>
        <translation>Нет карты для экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Map tab and let the map of this scenario finish first.</source>
        <translation>Сначала откройте вкладку «Карта» и дождитесь, пока карта этого сценария будет построена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export map as {kind}</source>
        <translation>Экспорт карты в {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map {kind}</source>
        <translation>Карта {kind}</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/schematic/schematic_dock.py" line="+183"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export animation</source>
        <extracomment>Share of the window&apos;s width the dock takes when first shown (the plots keep the rest). Hook for tests: returns (path, filter) like QFileDialog.getSaveFileName.</extracomment>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Animation written: {files}</source>
        <translation>Анимация записана: {files}</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/file_actions.py" line="+44"/>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists.
Do you want to replace it?</source>
        <translation>{path} уже существует.
Заменить его?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario {name} has changes that are not saved.
Save them before {reason}?</source>
        <translation>В сценарии {name} есть несохранённые изменения.
Сохранить их перед тем, как {reason}?</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{name} was not opened (the current scenario is kept).</source>
        <translation>{name} не открыт (текущий сценарий сохранён).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening {name}</source>
        <translation>открыть {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Cannot open scenario</source>
        <translation>Не удаётся открыть сценарий</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+26"/>
        <source>Scenario not saved</source>
        <translation>Сценарий не сохранён</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/file_exports.py" line="+36"/>
        <source>There is no simulation result yet.</source>
        <translation>Результата расчёта пока нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to export</source>
        <translation>Нечего экспортировать</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>{what} not exported</source>
        <translation>{what}: экспорт не выполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}</source>
        <translation>Не удаётся записать {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {path}</source>
        <translation>Экспортировано: {path}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export PNG ({scale}×)</source>
        <translation>Экспорт PNG ({scale}×)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export SVG</source>
        <translation>Экспорт SVG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export PDF report</source>
        <translation>Экспорт отчёта PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Figure not copied</source>
        <translation>Рисунок не скопирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure copied to the clipboard</source>
        <translation>Рисунок скопирован в буфер обмена</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/slide_actions.py" line="+14"/>
        <source>Slide title</source>
        <translation>Заголовок слайда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the slide:</source>
        <translation>Заголовок слайда:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export slide {w}×{h}</source>
        <translation>Экспорт слайда {w}×{h}</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/window_dialogs.py" line="+28"/>
        <source>&lt;p&gt;What a coolant-loop puncture does to a spacecraft and its crew: loop pressure, heat rejection, cabin air and crew core temperature against the crew grades (Help ▸ Crew grades) (Soyuz MS-22, Progress MS-21, Nauka).&lt;/p&gt;&lt;p&gt;Crew heat strain: ISO 7933:2023 Predicted Heat Strain via pythermalcomfort. Vehicle and preset numbers carry their sources in &lt;code&gt;assets/&lt;/code&gt; (hover the controls; see &lt;code&gt;thermoviz presets&lt;/code&gt;). Values tagged &lt;i&gt;from memory&lt;/i&gt;, &lt;i&gt;reported once&lt;/i&gt; or &lt;i&gt;estimate&lt;/i&gt; are not confirmed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Что делает пробой контура теплоносителя с космическим кораблём и его экипажем: давление в контуре, теплосброс, воздух кабины и температура ядра тела экипажа в сравнении с уровнями состояния экипажа (Справка ▸ Уровни состояния экипажа) (Союз МС-22, Прогресс МС-21, «Наука»).&lt;/p&gt;&lt;p&gt;Тепловая нагрузка на экипаж: ISO 7933:2023 Predicted Heat Strain (прогнозируемая тепловая нагрузка) через pythermalcomfort. Числа кораблей и готовых сценариев хранят свои источники в &lt;code&gt;assets/&lt;/code&gt; (наведите указатель на элементы управления; см. &lt;code&gt;thermoviz presets&lt;/code&gt;). Значения с пометками &lt;i&gt;по памяти&lt;/i&gt;, &lt;i&gt;сообщено однажды&lt;/i&gt; или &lt;i&gt;оценка&lt;/i&gt; не подтверждены.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Where every fact comes from, with its web address: Help ▸ Sources (readable offline).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Откуда взят каждый факт, с его веб-адресом: Справка ▸ Источники (открывается без интернета).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit lines and their sources</source>
        <translation>Линии пределов и их источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Palette: Okabe &amp;amp; Ito (colour-blind safe). MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Палитра: Okabe &amp;amp; Ito (различима при дальтонизме). Лицензия MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crew grades</source>
        <translation>Уровни состояния экипажа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About thermoviz</source>
        <translation>О программе thermoviz</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/window_state.py" line="+42"/>
        <source>closing</source>
        <translation>закрыть окно</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/sources_dialog.py" line="+21"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+142"/>
        <source>Crew {crew} refused: this vehicle has {seats} seats (crew 0 to {seats})</source>
        <translation>Экипаж {crew} отклонён: у этого корабля {seats} мест (экипаж от 0 до {seats})</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/number_input.py" line="+121"/>
        <source>from {low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is outside the allowed range</source>
        <translation>вне допустимого диапазона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: “{typed}” {what} — allowed {allowed}; kept {kept}</source>
        <translation>{field}: «{typed}» {what} — допустимо {allowed}; оставлено {kept}</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/overrides.py" line="+36"/>
        <source>expected FIELD=VALUE (e.g. hole_diameter_mm=2), got {given}</source>
        <extracomment>An input typed in the one time base: hours from the puncture to the undock. A scenario file stores ``undock_time_h`` (hours from the start of the run); this key is turned into it (:func:`apply_changes`).</extracomment>
        <translation>ожидалось FIELD=VALUE (например hole_diameter_mm=2), получено {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../thermoviz/io/scenario_file.py" line="+217"/>
        <source>unknown field; allowed: {fields}</source>
        <translation>неизвестное поле; допустимы: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../thermoviz/model/scenario.py" line="+189"/>
        <source>must be {allowed}, got {given}</source>
        <translation>должно быть {allowed}, получено {given}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>give either undock_time_h (from the start) or undock_after_puncture_h (from the puncture), not both</source>
        <translation>укажите либо undock_time_h (от начала), либо undock_after_puncture_h (от пробоя), но не оба</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a puncture (puncture_time_h is none); use undock_time_h (hours from the start)</source>
        <translation>нужен пробой (puncture_time_h равно none); используйте undock_time_h (часы от начала)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>puncture at {puncture} h + {after} h = undock at {undock} h from the start: {error}</source>
        <translation>пробой в {puncture} ч + {after} ч = расстыковка в {undock} ч от начала: {error}</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/scenario.py" line="+151"/>
        <source>must be {allowed}, got nothing</source>
        <translation>должно быть {allowed}, ничего не получено</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli.py" line="-88"/>
        <source>must be 1, 2 or 4, got {given}</source>
        <translation>должно быть 1, 2 или 4, получено {given}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>prints nothing, --json prints the result: use one of them</source>
        <translation>ничего не выводит, а --json выводит результат: используйте что-то одно</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>adds a reference to the outputs: add --json, --csv, --png, --svg, --pdf or --slide</source>
        <translation>добавляет эталон к выходным файлам: добавьте --json, --csv, --png, --svg, --pdf или --slide</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../thermoviz/cli_lesson.py" line="-95"/>
        <location line="+30"/>
        <source>{error}; nothing was written</source>
        <translation>{error}; ничего не записано</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the desktop app cannot start ({error})</source>
        <translation>настольное приложение не может запуститься ({error})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>interrupted (no file is left half-written)</source>
        <translation>прервано (недописанных файлов не осталось)</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_analysis.py" line="-215"/>
        <source>expected FIELD=LO:HI[:N] (e.g. hole_diameter_mm=0.2:5:50), got {given}</source>
        <translation>ожидалось FIELD=LO:HI[:N] (например hole_diameter_mm=0.2:5:50), получено {given}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>samples</source>
        <translation>размер выборки</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must name another field than --x ({field})</source>
        <translation>должно быть полем, отличным от --x ({field})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vehicle {vehicle} has no seats</source>
        <translation>у корабля {vehicle} нет мест</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be combined with a crew axis</source>
        <translation>нельзя сочетать с осью экипажа</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../thermoviz/io/vehicles.py" line="+42"/>
        <source>must be one of {choices}, got {given}</source>
        <translation>должно быть одним из {choices}, получено {given}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_animation.py" line="+19"/>
        <source>sets the playback animation: add --gif PATH or --mp4 PATH</source>
        <translation>задаёт анимацию воспроизведения: добавьте --gif PATH или --mp4 PATH</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be WIDTHxHEIGHT in pixels, even numbers, width {wlow}-{whigh} and height {hlow}-{hhigh} (e.g. 1280x720)</source>
        <translation>должно быть WIDTHxHEIGHT в пикселях, чётные числа, ширина {wlow}-{whigh} и высота {hlow}-{hhigh} (например 1280x720)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>must be a time from 0 to {high} h, got {given}</source>
        <translation>должно быть временем от 0 до {high} ч, получено {given}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../thermoviz/cli_slide.py" line="+29"/>
        <location line="+98"/>
        <source>must be later than --from ({low} h), got {given}</source>
        <translation>должно быть позже --from ({low} ч), получено {given}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_lesson.py" line="-85"/>
        <source>needs a lesson NAME, e.g. thermoviz lesson ms22-why --step 1</source>
        <translation>нужно имя урока NAME, например thermoviz lesson ms22-why --step 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renders one step: add --step N, e.g. thermoviz lesson ms22-why --step 1 --png s1.png</source>
        <translation>отрисовывает один шаг: добавьте --step N, например thermoviz lesson ms22-why --step 1 --png s1.png</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>sizes the --png slide: add --png PATH</source>
        <translation>задаёт размер слайда --png: добавьте --png PATH</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>needs a lesson NAME, e.g. thermoviz lesson ms22-why --deck ms22.pdf</source>
        <translation>нужно имя урока NAME, например thermoviz lesson ms22-why --deck ms22.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writes the whole lesson; leave out {flag}</source>
        <translation>записывает весь урок; уберите {flag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must end in .pdf or .pptx, got {given}</source>
        <translation>должно оканчиваться на .pdf или .pptx, получено {given}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a step of lesson {lesson}</source>
        <translation>номер шага урока {lesson}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_slide.py" line="-114"/>
        <source>shapes the figures: add --slide, --png, --svg or --pdf</source>
        <translation>задаёт вид графиков: добавьте --slide, --png, --svg или --pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>shapes the slide: add --slide PATH</source>
        <translation>задаёт вид слайда: добавьте --slide PATH</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a non-empty text</source>
        <translation>должно быть непустым текстом</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be distinct plots from {plots} separated by commas, got {given}</source>
        <translation>должно быть перечнем разных графиков из {plots} через запятую, получено {given}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>sets the time window of figures: add --png, --svg, --pdf, --slide, --gif or --mp4</source>
        <translation>задаёт временное окно графиков: добавьте --png, --svg, --pdf, --slide, --gif или --mp4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>h after the start</source>
        <translation>ч от начала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h since the puncture</source>
        <translation>ч от пробоя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hours ({words})</source>
        <translation>часы ({words})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a time from {low} to {high} {words} (the run), got {given}</source>
        <translation>должно быть временем от {low} до {high} {words} (весь расчёт), получено {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be later than --from ({low} {words}), got {given}</source>
        <translation>должно быть позже --from ({low} {words}), получено {given}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be from 0 to the run&apos;s {high} h, got {given}</source>
        <translation>должно быть от 0 до длины расчёта {high} ч, получено {given}</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/atomic.py" line="+53"/>
        <source>cannot write {path}: {reason}</source>
        <extracomment>Every temporary file thermoviz creates starts with this (hidden on POSIX) ... ... and ends with this. A temporary file older than this [s] belongs to a process that died: safe to remove. Characters of the target&apos;s name kept in a temporary file&apos;s name.</extracomment>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file already exists (not overwritten)</source>
        <translation>файл уже существует (не перезаписан)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder {folder} does not exist</source>
        <translation>папки {folder} не существует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} — не папка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a regular file (a device, pipe or socket); give a file name</source>
        <translation>это не обычный файл (устройство, канал или сокет); укажите имя файла</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/cli_args.py" line="+33"/>
        <source>must be a whole number of {what} from {low} to {high}, got {given}</source>
        <extracomment>Plain ASCII decimal numbers only (see the README&apos;s &quot;Numbers&quot; section). Longest number text read (a longer one is refused before Python converts it).</extracomment>
        <translation>должно быть целым числом ({what}) от {low} до {high}, получено {given}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number of {what} from {low} to {high}, got {given}</source>
        <translation>должно быть числом ({what}) от {low} до {high}, получено {given}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number from {low} to {high}, got {given}</source>
        <translation>должно быть целым числом от {low} до {high}, получено {given}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number from {low} to {high}, got {given}</source>
        <translation>должно быть числом от {low} до {high}, получено {given}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>names the same file as --{other}: {path}; give each output its own file</source>
        <translation>указывает тот же файл, что и --{other}: {path}; дайте каждому выходу свой файл</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>hours (up to the run&apos;s length)</source>
        <translation>часы (не больше длины расчёта)</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/scenario_file.py" line="-128"/>
        <source>scenario file</source>
        <extracomment>Key order in written files: what the scenario is first, then the physics inputs. Top-level keys that are not Scenario fields. What read_capped reads, named in its messages.</extracomment>
        <translation>файл сценария</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lesson file</source>
        <translation>файл урока</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not found</source>
        <extracomment>Fields that may be left out of a file (optional ones mean None; text ones mean &quot;&quot;). The one spelling of &quot;no value&quot; for an optional field, in files and ``--set`` (any case). Largest scenario file read [bytes]; a real one is about 1 KB, a preset with its timeline 10 KB.</extracomment>
        <translation>не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location filename="../thermoviz/io/scenario_source.py" line="+78"/>
        <source>cannot be read ({reason})</source>
        <translation>не читается ({reason})</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is not a regular file (a device, pipe or socket); give a .toml {what}</source>
        <translation>не обычный файл (устройство, канал или сокет); укажите .toml ({what})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {size} bytes; a {what} is at most {limit} bytes</source>
        <translation>{size} байт; {what} — не больше {limit} байт</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is larger than {limit} bytes</source>
        <translation>больше {limit} байт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>не текст UTF-8 (байт {byte})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid TOML (arrays or tables nested too deeply)</source>
        <translation>не корректный TOML (массивы или таблицы вложены слишком глубоко)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>not valid TOML ({reason})</source>
        <translation>не корректный TOML ({reason})</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>missing; must be {allowed}</source>
        <translation>отсутствует; должно быть {allowed}</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/scenario_source.py" line="-22"/>
        <source>not a preset id or a file name: {given}</source>
        <translation>не id готового сценария и не имя файла: {given}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown preset {given}; presets: {presets}; or give the path of a .toml scenario file</source>
        <translation>неизвестный готовый сценарий {given}; готовые сценарии: {presets}; или укажите путь к файлу сценария .toml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not found (give a preset id or the path of a .toml scenario file)</source>
        <translation>не найден (укажите id готового сценария или путь к файлу сценария .toml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a directory, not a .toml scenario file</source>
        <translation>это папка, а не файл сценария .toml</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/vehicles.py" line="+20"/>
        <source>must be one of {choices} for vehicle {vehicle}, got {given}</source>
        <translation>должно быть одним из {choices} для корабля {vehicle}, получено {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one of {choices} (or empty for the vehicle&apos;s assumed coolant), got {given}</source>
        <translation>должно быть одним из {choices} (или пусто — предполагаемый теплоноситель корабля), получено {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be none for station module {vehicle} (it never undocks), got {given}</source>
        <translation>должно быть none для модуля станции {vehicle} (он никогда не расстыковывается), получено {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be from 0 to {seats} for vehicle {vehicle} (an uncrewed cargo ship), got {given}</source>
        <translation>должно быть от 0 до {seats} для корабля {vehicle} (беспилотный грузовой корабль), получено {given}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be from 0 to {seats} for vehicle {vehicle} ({seats} seats), got {given}</source>
        <translation>должно быть от 0 до {seats} для корабля {vehicle} (мест: {seats}), получено {given}</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../thermoviz/figure/spec.py" line="+283"/>
        <location filename="../thermoviz/model/outcome/result.py" line="+48"/>
        <source>Puncture</source>
        <extracomment>Result series the plots leave to the data outputs (CSV, --json), each with why. The series whose values come from the crew heat-strain worker (drawn &quot;computing…&quot; until then). Line look of each model event (style differs as well as colour). Compact event labels, used when the full ones cannot all fit (narrow window).
----------
Further series a simulated Result carries for other models and for scripts (not drawn): the crew&apos;s mean radiant temperature (the cabin surfaces, what the crew models read) and the orbital module. Series whose peak matters to the crew: reported over the crew-aboard period (:attr:`Result.crew_peaks`). Event names in timeline order; values in ``Result.events`` are hours or None. The labels are English; ``translate(&quot;Events&quot;, label)`` gives them in the chosen language.</extracomment>
        <translation>Пробой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>½ lost</source>
        <translation>½ потеряно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depleted</source>
        <translation>Пусто</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../thermoviz/model/outcome/result.py" line="+3"/>
        <source>Undock</source>
        <translation>Расстыковка</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../thermoviz/model/outcome/result.py" line="+1"/>
        <source>Landing</source>
        <translation>Посадка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cabin {limit} °C</source>
        <translation>Кабина {limit} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core {limit} °C</source>
        <translation>Ядро {limit} °C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equip. {limit} °C</source>
        <translation>Приборы {limit} °C</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/outcome/result.py" line="-3"/>
        <source>Half the coolant lost</source>
        <translation>Потеряна половина теплоносителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant depleted</source>
        <translation>Теплоноситель вытек</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cabin above 27 °C</source>
        <translation>Кабина выше 27 °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay above 40 °C</source>
        <translation>Приборный отсек выше 40 °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew core 38 °C</source>
        <translation>Ядро тела экипажа 38 °C</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../thermoviz/analysis/fields.py" line="+60"/>
        <source>Hours from puncture to undock</source>
        <extracomment>The derived field: hours from the puncture to the undock. Hours of run kept after a landing that the base run would not reach. Fields drawn and sampled on a logarithmic axis (sizes, and the Cd that scales the hole&apos;s area). Scenario fields that are numbers (the others are ids, text or a switch).</extracomment>
        <translation>Часы от пробоя до расстыковки</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="-199"/>
        <source>Allowed: {allowed}</source>
        <translation>Допустимо: {allowed}</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/undock_after.py" line="-12"/>
        <source>Undock after the puncture</source>
        <translation>Расстыковка после пробоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours from the puncture to the undock (the time base of every axis); the scenario stores it as the undock time from the start.</source>
        <translation>Часы от пробоя до расстыковки (начало отсчёта всех осей); в сценарии хранится как время расстыковки от начала.</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/scenario.py" line="-308"/>
        <source>ISO 7933 Predicted Heat Strain (one lumped body, occupational limits)</source>
        <extracomment>The crew heat-strain models a scenario can use (field ``crew_model``).</extracomment>
        <translation>ISO 7933 Прогнозируемая тепловая нагрузка (одно сосредоточенное тело, производственные пределы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JOS-3 (17-segment thermoregulation, Takahashi et al. 2021)</source>
        <translation>JOS-3 (терморегуляция по 17 сегментам, Takahashi et al. 2021)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>true or false</source>
        <extracomment>PHS is central: the outcome scale&apos;s 38 °C line is its limit, and it runs as fast arrays for maps and bands. Version of the scenario file schema (``schema_version`` in scenario TOML). Most seats any vehicle may have (a user vehicle&apos;s hard bound; Soyuz has 3). For a text field with a strict shape: validate and return the canonical text (raises ValueError). For such a field: what it accepts, in words (replaces &quot;a text value&quot;).</extracomment>
        <translation>да или нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of {choices}</source>
        <translation>одно из: {choices}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a text value</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number from {low} to {high}</source>
        <translation>целое число от {low} до {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from {low} to {high}</source>
        <translation>число от {low} до {high}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, or none ({meaning})</source>
        <translation> или нет ({meaning})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the crew wears (sets clothing insulation, moisture permeability and air speed of the crew heat model): {choices}.</source>
        <translation>Во что одет экипаж (задаёт теплоизоляцию одежды, паропроницаемость и скорость воздуха в модели тепла экипажа): {choices}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which heat-strain model turns the cabin into the crew&apos;s core temperature: {choices}. Maps and uncertainty bands over many vehicles always use phs.</source>
        <translation>Какая модель тепловой нагрузки переводит кабину в температуру ядра тела экипажа: {choices}. Карты и полосы неопределённости по многим кораблям всегда используют phs.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name shown in the title bar and reports.</source>
        <translation>Краткое имя в заголовке окна и в отчётах.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this scenario shows.</source>
        <translation>Что показывает этот сценарий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Корабль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicle id, e.g. soyuz-ms, progress-ms, nauka.</source>
        <translation>Идентификатор корабля, например soyuz-ms, progress-ms, nauka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punctured loop</source>
        <translation>Пробитый контур</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which coolant loop is punctured (vehicle-specific id).</source>
        <translation>Какой контур теплоносителя пробит (идентификатор зависит от корабля).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant</source>
        <translation>Теплоноситель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coolant id; empty = the vehicle&apos;s assumed coolant.</source>
        <translation>Идентификатор теплоносителя; пусто — теплоноситель корабля по умолчанию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vehicle&apos;s assumed coolant</source>
        <translation>теплоноситель корабля по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hole diameter</source>
        <translation>Диаметр отверстия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diameter of the puncture; 0 means no leak.</source>
        <translation>Диаметр пробоины; 0 — утечки нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge coefficient Cd</source>
        <translation>Коэффициент расхода Cd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective orifice discharge coefficient: 0.62 for a clean sharp-edged hole; much lower for a jagged, partly iced-up puncture.</source>
        <translation>Эффективный коэффициент расхода отверстия: 0,62 для чистого отверстия с острыми краями; гораздо меньше для рваной, частично обмёрзшей пробоины.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puncture time</source>
        <translation>Время пробоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours after the start of the simulation when the hole appears.</source>
        <translation>Через сколько часов после начала расчёта появляется отверстие.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never punctured</source>
        <translation>пробоя нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undock time</source>
        <translation>Время расстыковки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours after the start when the vehicle is sealed and undocks: cut off from station air, crew aboard, all systems on.</source>
        <translation>Через сколько часов после начала корабль герметизируется и расстыковывается: отрезан от воздуха станции, экипаж на борту, все системы включены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays docked</source>
        <translation>остаётся пристыкованным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return duration</source>
        <translation>Длительность возвращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours from undocking to landing; none = the vehicle&apos;s documented value.</source>
        <translation>Часы от расстыковки до посадки; нет — документированное значение корабля.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vehicle&apos;s documented value</source>
        <translation>документированное значение корабля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hatch open</source>
        <translation>Люк открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While docked: hatch to the station open, so station air ventilates the cabin.</source>
        <translation>Пока пристыкован: люк в станцию открыт, и воздух станции проветривает кабину.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew aboard during the return (for a station module: working in it); at most the vehicle&apos;s seats.</source>
        <translation>Экипаж на борту при возвращении (для модуля станции — работающий в нём); не больше мест корабля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew clothing</source>
        <translation>Одежда экипажа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew model</source>
        <translation>Модель экипажа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simulated time span.</source>
        <translation>Рассчитываемый промежуток времени.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar date and time of t = 0 in UTC (historic scenarios); no effect on the physics.</source>
        <translation>Календарные дата и время t = 0 в UTC (исторические сценарии); на физику не влияют.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no calendar date: times in hours only</source>
        <translation>без календарной даты: время только в часах</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/clock.py" line="+46"/>
        <source>an ISO-8601 time with its zone, e.g. 2022-12-14T23:45Z (Z = UTC)</source>
        <extracomment>Years accepted for a start time (keeps hour arithmetic far from datetime&apos;s limits). An example shown in every error message. What a start time may look like, marked for translation standalone (field help) and after &quot;must be&quot;.</extracomment>
        <translation>время по ISO-8601 с часовым поясом, например 2022-12-14T23:45Z (Z = UTC)</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../thermoviz/gui/file_filters.py" line="+18"/>
        <source>Scenario files (*.toml)</source>
        <extracomment>(menu text, file suffix, dialog filter) of the figure formats. File ▸ Export ▸ CSV offers both formats; the first (a spreadsheet&apos;s) is the default. The filters above, marked for translation (a dialog shows them translated: shown_filters).</extracomment>
        <translation>Файлы сценариев (*.toml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image (*.svg)</source>
        <translation>Векторное изображение SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF report (*.pdf)</source>
        <translation>Отчёт PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for scripts, metadata as # comments (*.csv)</source>
        <translation>CSV для скриптов, метаданные в комментариях # (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif)</source>
        <translation>Анимированный GIF (*.gif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Видео MP4 (*.mp4)</translation>
    </message>
</context>
<context>
    <name>Grades</name>
    <message>
        <location filename="../thermoviz/model/outcome/grades.py" line="+42"/>
        <source>Within limits</source>
        <translation>В пределах нормы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps the core below 38 °C, where the crew can keep working</source>
        <translation>держит ядро тела ниже 38 °C, когда экипаж может продолжать работать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop work</source>
        <translation>Прекратить работу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core 38 °C, where ISO 7933 says to stop working in the heat</source>
        <translation>ядро тела 38 °C, когда ISO 7933 требует прекратить работу в жаре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acceptable</source>
        <translation>Недопустимо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core 39 °C, where performance drops sharply</source>
        <translation>ядро тела 39 °C, когда работоспособность резко падает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not survivable</source>
        <translation>Не выжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core 40 °C (heat-stroke danger) or wet-bulb 35 °C (sweat can no longer cool)</source>
        <translation>ядро тела 40 °C (опасность теплового удара) или влажный термометр 35 °C (пот больше не охлаждает)</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <location filename="../thermoviz/io/grades_page.py" line="+15"/>
        <source>Crew grades: how thermoviz says how the crew fares</source>
        <translation>Уровни состояния экипажа: как thermoviz оценивает самочувствие экипажа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below 38 °C a resting, clothed person in a warm cabin is hot but can keep working.</source>
        <extracomment>Why each line is where it is, in plain words (sources: docs/sources.md).</extracomment>
        <translation>Ниже 38 °C отдыхающий одетый человек в тёплой кабине страдает от жары, но может продолжать работать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 7933 (Predicted Heat Strain), the standard for hot workplaces, tells workers to stop when the core would pass 38 °C. A crew riding home cannot stop, so this is a warning.</source>
        <translation>ISO 7933 (Predicted Heat Strain), стандарт для жарких рабочих мест, велит прекратить работу, когда ядро тела превысило бы 38 °C. Экипаж на пути домой остановиться не может, поэтому это предупреждение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Around 39 °C thinking and handling slow down sharply (occupational heat-stress guidance, WHO 1969 and ACGIH, recalled from memory). The agencies would not fly a crew home into this: it is the line the limit finder and the map use by default.</source>
        <translation>Около 39 °C мышление и движения резко замедляются (производственные нормы по тепловому стрессу, ВОЗ 1969 и ACGIH, по памяти). Агентства не отправили бы экипаж домой в таких условиях: эту границу по умолчанию используют поиск предела и карта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At 40 °C heat stroke threatens (standard physiology); at a wet-bulb temperature of 35 °C sweat can no longer cool the body at all (Sherwood &amp; Huber 2010). Only this grade is called &quot;not survivable&quot;, and only here does thermoviz use the word &quot;survive&quot;.</source>
        <translation>При 40 °C грозит тепловой удар (стандартная физиология); при температуре влажного термометра 35 °C пот вообще больше не может охлаждать тело (Sherwood &amp; Huber 2010). Только этот уровень называется «не выжить», и только здесь thermoviz употребляет слово «выжить».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>thermoviz grades the crew&apos;s peak core temperature while aboard (and the cabin&apos;s wet-bulb temperature) on one scale of four grades. The banner, the map&apos;s lines, the limit finder, the uncertainty band, the lessons and the PDF all use it, so they always tell the same story.</source>
        <translation>thermoviz оценивает пиковую температуру ядра тела экипажа на борту (и температуру влажного термометра в кабине) по одной шкале из четырёх уровней. Её используют баннер, линии карты, поиск предела, полоса неопределённости, уроки и PDF, поэтому они всегда говорят одно и то же.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cabin air above 27 °C and the equipment bay above 40 °C are separate, named conditions, not crew grades. The numbers are a model with estimates: read a result near a line as &quot;close to the line&quot;, not as a sure pass or fail.</source>
        <translation>Воздух кабины выше 27 °C и приборный отсек выше 40 °C — отдельные именованные условия, а не уровни состояния экипажа. Числа — это модель с оценками: результат около границы читайте как «близко к границе», а не как уверенное «прошёл» или «не прошёл».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grade</source>
        <extracomment>The Help page&apos;s column headings.</extracomment>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it starts</source>
        <translation>Где начинается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this line</source>
        <translation>Почему эта граница</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../thermoviz/gui/plots/dashboard.py" line="+24"/>
        <source>Export...</source>
        <extracomment>pyqtgraph&apos;s own right-click entry, translated through thermoviz&apos;s catalogue (pyqtgraph asks Qt for it).</extracomment>
        <translation>Экспорт...</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../thermoviz/export/handout.py" line="+85"/>
        <source>does not happen in this run</source>
        <extracomment>A4 portrait at 150 dpi is 1240 x 1754 device pixels; everything is laid out in these. The figure shrinks (keeping its shape) to leave the words room, but never below this share of its height.</extracomment>
        <translation>в этом расчёте не происходит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h after the puncture</source>
        <translation>через {hours} ч после пробоя</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no hole</source>
        <translation>отверстия нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hole in the cooling loop</source>
        <translation>Отверстие в контуре охлаждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling loop empty</source>
        <translation>Контур охлаждения пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hottest cabin air</source>
        <translation>Самый горячий воздух в кабине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest wet-bulb temperature (heat + humidity)</source>
        <translation>Наибольшая температура влажного термометра (жара + влажность)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest crew core temperature ({count} aboard)</source>
        <translation>Наибольшая температура ядра тела экипажа (на борту: {count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cabin passes 27 °C (comfort limit)</source>
        <translation>Кабина превышает 27 °C (предел комфорта)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why does the cabin keep warming once the coolant no longer flows? Where does the heat come from?</source>
        <translation>Почему кабина продолжает нагреваться, когда теплоноситель уже не течёт? Откуда берётся тепло?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predict: with {fewer} crew instead of {crew}, would the core temperature stay below 38 °C? Check it with thermoviz (set crew to {fewer}).</source>
        <translation>Предскажите: если экипаж будет {fewer} человек вместо {crew}, останется ли температура ядра тела ниже 38 °C? Проверьте в thermoviz (задайте экипаж {fewer}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which of the key numbers comes closest to a safety limit, and what happens to a body above that limit?</source>
        <translation>Какое из ключевых чисел ближе всего к пределу безопасности и что происходит с телом выше этого предела?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is in danger here. What would change if the crew had to close the hatch and stay aboard?</source>
        <translation>Здесь никто не в опасности. Что изменилось бы, если бы экипажу пришлось закрыть люк и остаться на борту?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which of the key numbers would you watch first as a flight controller, and why?</source>
        <translation>За каким из ключевых чисел вы как руководитель полёта следили бы в первую очередь и почему?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In plain words:</source>
        <translation>Простыми словами:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens:</source>
        <translation>Что происходит:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five key numbers</source>
        <translation>Пять ключевых чисел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made with thermoviz {version}: a model with estimates, not a flight record. Scenario: {title}.</source>
        <translation>Сделано в thermoviz {version}: модель с оценками, а не полётные данные. Сценарий: {title}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../thermoviz/gui/window/history.py" line="+45"/>
        <source>open {name}</source>
        <extracomment>Edits of one field closer together than this [s] merge into one undo step.</extracomment>
        <translation>открыть {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load {title}</source>
        <translation>загрузить {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scenario</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reset to preset</source>
        <translation>вернуть сценарий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change {field}</source>
        <translation>изменить: {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change scenario</source>
        <translation>изменить сценарий</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../thermoviz/gui/lesson/lesson_panel.py" line="+111"/>
        <source>Progress: one dot per step (→ next, ← back)</source>
        <extracomment>Settings key: the first-start lesson has been shown (never opened automatically again). Text sizes [pt] of the panel: normal and in presentation mode (readable at 1920x1080 from the back). Width of the panel [px], normal and in presentation mode. The panel never takes more than this share of the window&apos;s width. Emitted with the step index (0-based) after a step is shown. Emitted when the user leaves the lesson (the window&apos;s state is back). The step shown last (0-based): the lesson opens there again, so a class can resume.</extracomment>
        <translation>Ход урока: одна точка на шаг (→ дальше, ← назад)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reveal (Space)</source>
        <translation>Показать ответ (пробел)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the answer and the curves (Space)</source>
        <translation>Показать ответ и кривые (пробел)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+146"/>
        <source>Next →</source>
        <translation>Дальше →</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Close lesson</source>
        <translation>Закрыть урок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the lesson and go back to what you had before (Esc)</source>
        <translation>Выйти из урока и вернуться к тому, что было до него (Esc)</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Step {number} of {count}</source>
        <translation>Шаг {number} из {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish ✓</source>
        <translation>Готово ✓</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Сначала предскажите:&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Sources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Источники&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Sources&lt;/b&gt; are shown with the answer.</source>
        <translation>&lt;b&gt;Источники&lt;/b&gt; показываются вместе с ответом.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../thermoviz/model/limits.py" line="-49"/>
        <source>Comfort 18–27 °C (NASA-STD-3001)</source>
        <translation>Комфорт 18–27 °C (NASA-STD-3001)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soyuz spec 18–25 °C</source>
        <translation>Норма «Союза» 18–25 °C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danger: above 35 °C</source>
        <translation>Опасно: выше 35 °C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RH 25–75 % (NASA-STD-3001)</source>
        <translation>Отн. влажность 25–75 % (NASA-STD-3001)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wet-bulb 31 °C: measured critical limit</source>
        <translation>Влажный термометр 31 °C: измеренный критический предел</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wet-bulb 35 °C: theoretical survivability limit</source>
        <translation>Влажный термометр 35 °C: теоретический предел выживаемости</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core 38.0 °C: ISO 7933 PHS limit</source>
        <translation>Ядро тела 38,0 °C: предел PHS ISO 7933</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core 39 °C: large performance loss</source>
        <translation>Ядро тела 39 °C: сильное снижение работоспособности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Core 40 °C: heat-stroke danger</source>
        <translation>Ядро тела 40 °C: опасность теплового удара</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Equipment bay 40 °C: systems shut down</source>
        <translation>Приборный отсек 40 °C: системы отключаются</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../thermoviz/analysis/metrics.py" line="+74"/>
        <source>Crew margin at landing to the 38 °C stop-work line</source>
        <extracomment>Margin [h] reported when the crew limit is not reached before landing (a stated cap). Value that separates safe from unsafe (the map&apos;s colour centre), or None. Metric name -&gt; the grade it measures the margin to.</extracomment>
        <translation>Запас экипажа при посадке до линии 38 °C «прекратить работу»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew core temperature peak</source>
        <translation>Пик температуры ядра тела экипажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin air temperature peak</source>
        <translation>Пик температуры воздуха кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours from puncture to coolant depleted</source>
        <translation>Часы от пробоя до потери теплоносителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict (0 safe, 1 info, 2 caution, 3 danger)</source>
        <translation>Вывод (0 безопасно, 1 сведения, 2 внимание, 3 опасно)</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/map/limit_finder.py" line="+32"/>
        <source>Found by bisection on single simulations of the scenario as set, varying one input at a time; the value given errs on the safe side.</source>
        <translation>Найдено делением пополам по отдельным расчётам сценария как он задан, меняя по одному параметру; значение дано с запасом безопасности.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Safe limits: found after the map…</source>
        <translation>Безопасные пределы: найдутся после карты…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safe limits: finding…</source>
        <translation>Безопасные пределы: поиск…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Safe limits&lt;/b&gt; (this scenario, one input varied at a time): </source>
        <translation>&lt;b&gt;Безопасные пределы&lt;/b&gt; (этот сценарий, меняется по одному параметру): </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safe limits could not be found: {message}</source>
        <translation>Безопасные пределы не найдены: {message}</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/map_words.py" line="+29"/>
        <source>core {core} °C</source>
        <translation>ядро тела {core} °C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{core} or wet-bulb {wet_bulb} °C</source>
        <translation>{core} или влажный термометр {wet_bulb} °C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crew margin below {grade} ({threshold})</source>
        <translation>Запас экипажа до уровня «{grade}» ({threshold})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{grade} boundary ({threshold})</source>
        <translation>граница уровня «{grade}» ({threshold})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} crew</source>
        <translation>экипаж {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{boundary}, {count} crew</source>
        <translation>{boundary}, экипаж {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{vehicle} scenario</source>
        <translation>Сценарий: {vehicle}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {metric}, {count} crew</source>
        <translation>{name}: {metric}, экипаж {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {metric}</source>
        <translation>{name}: {metric}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colours for {crew} crew. Blue: the core stays below 38 °C until landing (drawn as +{hours} h). Red: how many hours before landing the core reaches 38 °C.&lt;br&gt;Black lines: the {boundary} for {counts} crew; the star marks the scenario as set. Grey: nobody rides.</source>
        <translation>Цвета — для экипажа {crew}. Синий: ядро тела остаётся ниже 38 °C до посадки (рисуется как +{hours} ч). Красный: за сколько часов до посадки ядро тела достигает 38 °C.&lt;br&gt;Чёрные линии: {boundary} для экипажа {counts}; звёздочка отмечает сценарий с текущими настройками. Серый: никто не летит.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colours for {crew} crew: kelvin below &quot;{grade}&quot; ({meaning}); blue below it, red at or above it.&lt;br&gt;Black lines: the {boundary} for {counts} crew; the star marks the scenario as set. Grey: nobody rides.</source>
        <translation>Цвета — для экипажа {crew}: кельвины до уровня «{grade}» ({meaning}); синий — ниже него, красный — на нём или выше.&lt;br&gt;Чёрные линии: {boundary} для экипажа {counts}; звёздочка отмечает сценарий с текущими настройками. Серый: никто не летит.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>White: the 38 °C crew limit (ISO 7933 stop-work); red above, blue below.</source>
        <translation>Белый: предел экипажа 38 °C (прекращение работы по ISO 7933); красный — выше, синий — ниже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue: safe · grey: nothing at stake · orange: caution · red: danger.</source>
        <translation>Синий: безопасно · серый: ничего не угрожает · оранжевый: внимание · красный: опасно.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/map/map_view.py" line="+54"/>
        <source>The map&apos;s crew is ISO 7933 PHS (JOS-3 runs one scenario at a time).</source>
        <extracomment>A map is recomputed this long after the last edit [ms] (a slider drag computes once). Points per axis of the refined map (the coarse one has 20). Delay [ms] after which the map&apos;s worker process is started in the background. Maps batch thousands of cells through PHS; a scenario that chose JOS-3 is told so.</extracomment>
        <translation>Экипаж на карте считается по ISO 7933 PHS (JOS-3 считает по одному сценарию).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The input along the horizontal axis of the map</source>
        <translation>Параметр по горизонтальной оси карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input along the vertical axis of the map</source>
        <translation>Параметр по вертикальной оси карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the colours show in each cell</source>
        <translation>Что показывают цвета в каждой ячейке</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The crew grade whose boundary the black lines and the limits below show (Help ▸ Crew grades)</source>
        <translation>Уровень состояния экипажа, границу которого показывают чёрные линии и пределы ниже (Справка ▸ Уровни состояния экипажа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1, 2, 3 crew</source>
        <translation>экипаж 1, 2, 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw the boundary of the chosen grade for every crew count the vehicle seats (crew-margin maps only)</source>
        <translation>Рисовать границу выбранного уровня для каждой численности экипажа, на которую рассчитан корабль (только карты запаса экипажа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across:</source>
        <translation>По горизонтали:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up:</source>
        <translation>По вертикали:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight by odds</source>
        <translation>С учётом вероятности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade the hole sizes that are unlikely to happen (odds of a hole this big or bigger per 6-month mission, from meteoroid and debris flux models), so the unsafe holes that are also likely stand out (maps with a hole axis)</source>
        <translation>Сделать бледными размеры отверстий, которые маловероятны (вероятность отверстия такого размера или больше за 6-месячный полёт по моделям потоков метеороидов и мусора), чтобы выделялись опасные и при этом вероятные отверстия (карты с осью отверстия)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+240"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Stop computing the map (the last map stays, marked out of date)</source>
        <translation>Остановить расчёт карты (последняя карта остаётся, помеченная как устаревшая)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grade:</source>
        <translation>Уровень:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The map appears here.</source>
        <translation>Здесь появится карта.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Choose two different inputs for the axes.</source>
        <translation>Выберите для осей два разных параметра.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No map: {message}</source>
        <translation>Нет карты: {message}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Computing the map…</source>
        <translation>Расчёт карты…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coarse preview — refining…</source>
        <translation>Грубый предварительный вид — уточняется…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of date — cancelled. Press Recompute.</source>
        <translation>Устарела — отменено. Нажмите «Пересчитать».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of date — recomputing…</source>
        <translation>Устарела — пересчитывается…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. Press Recompute.</source>
        <translation>Отменено. Нажмите «Пересчитать».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Safe in {share} of the map.</source>
        <translation>Безопасно на {share} карты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recompute</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/map_plot.py" line="+289"/>
        <source>this scenario</source>
        <extracomment>ColorBrewer RdBu (9 classes, colour-blind safe), unsafe (red) -&gt; limit (white) -&gt; safe (blue). Default export size [px] (16:10, fits a slide).</extracomment>
        <translation>этот сценарий</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/map/map_odds.py" line="+21"/>
        <source>Faded: holes less likely to happen (odds of a hole this big or bigger per 6-month mission, meteoroid and debris flux models; vivid = likelier).</source>
        <translation>Бледнее: менее вероятные отверстия (шансы отверстия такого размера или больше за 6-месячный полёт, модели потоков метеороидов и мусора; ярче = вероятнее).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a hole this big or bigger: {odds} per 6-month mission</source>
        <translation>отверстие такого размера или больше: {odds} за 6-месячный полёт</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/map/map_readout.py" line="+61"/>
        <source>{metric}: crew limit not reached ({count} crew)</source>
        <translation>{metric}: предел экипажа не достигнут (экипаж {count})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{margin} {unit} below {grade}</source>
        <translation>на {margin} {unit} ниже уровня «{grade}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{grade} ({margin} {unit} over)</source>
        <translation>«{grade}» (выше на {margin} {unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} crew: {margin}</source>
        <translation>экипаж {count}: {margin}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(click: load this case)</source>
        <translation>(щелчок: загрузить этот вариант)</translation>
    </message>
    <message>
        <location filename="../thermoviz/analysis/jobs.py" line="+62"/>
        <source>Limits: nobody rides in this scenario (crew 0).</source>
        <translation>Пределы: в этом сценарии никто не летит (экипаж 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits: the vehicle never undocks here, so the crew never rides it home.</source>
        <translation>Пределы: здесь корабль не расстыковывается, поэтому экипаж не возвращается на нём домой.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../thermoviz/gui/window/actions.py" line="-17"/>
        <source>&amp;File</source>
        <extracomment>The menu bar: ids of :data:`ACTIONS`, &quot;-&quot; = separator, &quot;@name&quot; = a menu or action the window provides itself (recent files, the dock toggle, interface size), (title, items) = submenu.</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;axis</source>
        <translation>&amp;Ось времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehi&amp;cle</source>
        <translation>&amp;Корабль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/file_actions.py" line="-191"/>
        <source>Open &amp;recent</source>
        <extracomment>The filter picked in the last save dialog (File ▸ Export ▸ CSV: which format).</extracomment>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/high_contrast.py" line="+23"/>
        <source>&amp;High contrast</source>
        <extracomment>Window colours in high contrast: pure black on white, darker disabled text (7:1 on white).</extracomment>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thicker curves and limit lines, black text and firmer grid lines, for a pale projector or low vision. Remembered.</source>
        <translation>Толще кривые и предельные линии, чёрный текст и чётче сетка — для бледного проектора или слабого зрения. Запоминается.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/language_menu.py" line="+32"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/units_menu.py" line="+20"/>
        <source>Degrees &amp;Celsius (°C)</source>
        <translation>Градусы &amp;Цельсия (°C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Degrees &amp;Fahrenheit (°F)</source>
        <translation>Градусы &amp;Фаренгейта (°F)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Units</source>
        <translation>&amp;Единицы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Temperatures on the plots, readout, verdict and exports. Inputs and scenario files stay in °C. Remembered.</source>
        <translation>Температуры на графиках, в показаниях, выводе и экспорте. Ввод и файлы сценариев остаются в °C. Запоминается.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/window_dialogs.py" line="+7"/>
        <source>Interface &amp;size</source>
        <translation>&amp;Размер интерфейса</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scales text, controls and plots: 150 % suits a 1920×1080 projector, 200 % a 4K screen. Applies at once and is remembered.</source>
        <translation>Масштабирует текст, элементы управления и графики: 150 % подходит для проектора 1920×1080, 200 % — для экрана 4K. Применяется сразу и запоминается.</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../thermoviz/figure/time_axis.py" line="+4"/>
        <source>Jan</source>
        <extracomment>Month abbreviations of the date ticks (English source; not the C library&apos;s locale).</extracomment>
        <translation>янв</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>фев</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar</source>
        <translation>мар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>апр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>июн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>июл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>авг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sep</source>
        <translation>сен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>окт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation>ноя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>дек</translation>
    </message>
</context>
<context>
    <name>MustBe</name>
    <message>
        <location filename="../thermoviz/model/scenario.py" line="-87"/>
        <source>one of {choices}</source>
        <translation>одним из: {choices}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a text value</source>
        <translation>текстом</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number from {low} to {high}</source>
        <translation>целым числом от {low} до {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from {low} to {high}</source>
        <translation>числом от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/clock.py" line="+1"/>
        <source>an ISO-8601 time with its zone, e.g. 2022-12-14T23:45Z (Z = UTC)</source>
        <translation>временем по ISO-8601 с часовым поясом, например 2022-12-14T23:45Z (Z = UTC)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../thermoviz/model/outcome/notes.py" line="+13"/>
        <source>cabin air heat capacity</source>
        <translation>теплоёмкость воздуха кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall heat capacity</source>
        <translation>теплоёмкость стенок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air-to-wall heat exchange</source>
        <translation>теплообмен воздуха со стенками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment bay heat capacity</source>
        <translation>теплоёмкость приборного отсека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment-to-cabin heat exchange</source>
        <translation>теплообмен приборного отсека с кабиной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment-to-wall heat exchange</source>
        <translation>теплообмен приборного отсека со стенками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbital module heat capacity</source>
        <translation>теплоёмкость бытового отсека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall-to-orbital-module heat exchange</source>
        <translation>теплообмен стенок с бытовым отсеком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin area facing space</source>
        <translation>площадь кабины, обращённая к космосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment bay area facing space</source>
        <translation>площадь приборного отсека, обращённая к космосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbital module area facing space</source>
        <translation>площадь бытового отсека, обращённая к космосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insulation emissivity</source>
        <translation>излучательная способность теплоизоляции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space sink temperature</source>
        <translation>температура космического фона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module separation time</source>
        <translation>время разделения отсеков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat loss after landing</source>
        <translation>теплопотери после посадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landing-site temperature</source>
        <translation>температура в месте посадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment set-point</source>
        <translation>уставка температуры приборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of equipment heat in the cabin</source>
        <translation>доля тепла приборов в кабине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat after shutdown</source>
        <translation>тепло приборов после отключения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shutdown time after the leak</source>
        <translation>время отключения после утечки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avionics heat (docked)</source>
        <translation>тепло бортовой аппаратуры (в стыковке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avionics heat (free flight)</source>
        <translation>тепло бортовой аппаратуры (автономный полёт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat after landing</source>
        <translation>тепловыделение после посадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air exchange</source>
        <translation>воздухообмен со станцией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air temperature</source>
        <translation>температура воздуха станции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air humidity</source>
        <translation>влажность воздуха станции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin set-point</source>
        <translation>уставка температуры кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dehumidifier dew point</source>
        <translation>точка росы осушителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dehumidifier air flow</source>
        <translation>расход воздуха через осушитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin free volume</source>
        <translation>свободный объём кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return duration</source>
        <translation>длительность спуска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator gas volume</source>
        <translation>объём газа в гидроаккумуляторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator expansion exponent</source>
        <translation>показатель расширения газа в гидроаккумуляторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pump degradation threshold</source>
        <translation>порог ухудшения работы насоса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pump stop threshold</source>
        <translation>порог остановки насоса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>radiator capacity</source>
        <translation>мощность радиатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coolant inventory</source>
        <translation>запас теплоносителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loop pressure</source>
        <translation>давление в контуре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calibrated discharge coefficient</source>
        <translation>калиброванный коэффициент расхода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator liquid reserve</source>
        <translation>запас жидкости в гидроаккумуляторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator charge pressure</source>
        <translation>давление зарядки гидроаккумулятора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residual pressure after the accumulator bottoms out</source>
        <translation>остаточное давление после опустошения гидроаккумулятора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exposed radiator area m2</source>
        <translation>площадь радиатора, открытая метеороидам и мусору</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Estimated or derived from the record (no direct public figure) for {vehicle}: {names}; sources and reasoning in the vehicle file.</source>
        <translation>Оценено или выведено из хроники событий (прямых открытых данных нет) для {vehicle}: {names}; источники и рассуждения — в файле корабля.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coolant: {coolant} — identity not publicly confirmed; properties {confidence}.</source>
        <translation>Теплоноситель: {coolant} — состав публично не подтверждён; свойства: {confidence}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leak rate calibrated to the public record: an effective discharge coefficient of {cal} (not the 0.62 of a clean hole) reproduces MS-22&apos;s slow drain; the record (still spraying at 3 h, more than half gone by 17.75 h) allows Cd from {low} to {high}; this scenario uses Cd = {cd}.</source>
        <translation>Скорость утечки откалибрована по открытым данным: эффективный коэффициент расхода {cal} (а не 0,62 чистого отверстия) воспроизводит медленное опустошение МС-22; хроника (через 3 ч ещё бьёт струя, к 17,75 ч ушло больше половины) допускает Cd от {low} до {high}; в этом сценарии Cd = {cd}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{coolant} boils at the loop&apos;s {pressure} kPa: the loop is assumed charged to {charged} kPa (vapour pressure + 1 atm) instead.</source>
        <translation>{coolant} кипит при давлении контура {pressure} кПа: вместо этого принято, что контур заряжен до {charged} кПа (давление пара + 1 атм).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once the accumulator&apos;s {reserve} L liquid reserve is gone its bellows bottoms out and the loop pressure collapses to about {tail} kPa (vapour and gas out of solution, an estimate); the rest of the coolant then leaks out slowly.</source>
        <translation>Когда запас жидкости гидроаккумулятора ({reserve} л) исчерпан, его сильфон упирается в упор и давление в контуре падает примерно до {tail} кПа (пар и выделившийся газ, оценка); остальной теплоноситель затем вытекает медленно.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The loop is not empty by the end of the run.</source>
        <translation>К концу расчёта контур ещё не пуст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} h before landing the orbital module and the equipment bay (with the loop and its radiator) separate; the descent module flies on alone and their curves stay at their values at separation.</source>
        <translation>За {hours} ч до посадки бытовой и приборный отсеки (с контуром и его радиатором) отделяются; спускаемый аппарат летит дальше один, а их кривые остаются на значениях момента разделения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After landing the crew is out and the capsule powered down; the cabin curve after landing is illustrative only.</source>
        <translation>После посадки экипаж покидает капсулу, и она обесточена; кривая кабины после посадки лишь иллюстративна.</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/crew/heat_strain.py" line="+290"/>
        <source>vapour pressure above {limit} kPa</source>
        <extracomment>The PHS state variables carried from one chained segment to the next (4.8.1). ISO 7933:2023 / pythermalcomfort 4.8.1 default start state (a rested subject), passed explicitly as floats so numba compiles one specialisation for first and chained calls. ISO 7933 applicability limits (Annex A, Table A.1; 2023 edition), as in pythermalcomfort 4.8.1. Sweat loss limits of ISO 7933:2023 (pythermalcomfort 4.8.1): fraction of body mass. ISO 7933 predicts one work sequence of up to 8 h (pythermalcomfort&apos;s default duration). Below this many cases per call phs runs on one numba thread. Its parallel kernel gains nothing for a single case, and on this 2-core machine with other load the thread hand-off made each call ~2 ms instead of ~0.1 ms (measured: 280 vs 3 ms per 5.5 h).</extracomment>
        <translation>давление пара выше {limit} кПа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vapour pressure below {limit} kPa</source>
        <translation>давление пара ниже {limit} кПа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air above {limit} °C</source>
        <translation>воздух выше {limit} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air below {limit} °C</source>
        <translation>воздух ниже {limit} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin values not finite</source>
        <translation>значения в кабине не конечны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a crew that cannot drink, as in suits</source>
        <translation>экипажа, который не может пить (как в скафандрах)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a crew drinking freely</source>
        <translation>экипажа, который пьёт свободно</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sweat loss reaches {percent}% of body mass ({kg} kg, the ISO 7933 dehydration limit for {who}) at {hours} h.</source>
        <translation>Потеря пота достигает {percent}% массы тела ({kg} кг, предел обезвоживания ISO 7933 для {who}) через {hours} ч.</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/crew/params.py" line="+60"/>
        <source>heat-acclimatised</source>
        <translation>акклиматизирован к жаре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not heat-acclimatised</source>
        <translation>не акклиматизирован к жаре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{model}, seated, {met} met, {clo} clo, moisture permeability i_mst {i_mst}, air {air} m/s, {acclimatised}, {mass} kg / {height} m</source>
        <translation>{model}, сидя, {met} мет, {clo} кло, влагопроницаемость i_mst {i_mst}, воздух {air} м/с, {acclimatised}, {mass} кг / {height} м</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/engine/coupled.py" line="+41"/>
        <source>Cabin leaves the ISO 7933 PHS validity range at {hours} h ({reason}): crew core temperature after that is an extrapolation.</source>
        <translation>Кабина выходит за пределы применимости ISO 7933 PHS через {hours} ч ({reason}): температура ядра тела экипажа после этого — экстраполяция.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crew core reaches {limit} °C at {hours} h, beyond the range the crew models are validated for (core below {limit} °C): higher values are extrapolations, not predictions.</source>
        <translation>Температура ядра тела экипажа достигает {limit} °C через {hours} ч, за пределами, для которых проверены модели экипажа (ядро ниже {limit} °C): более высокие значения — экстраполяция, а не прогноз.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The crew is aboard for more than 8 h: ISO 7933 PHS predicts one work sequence of up to 8 h, so the crew curve after 8 h (no rest, meals or sleep modelled) is illustrative and sweat loss is not judged after it.</source>
        <translation>Экипаж находится на борту дольше 8 ч: ISO 7933 PHS описывает одну рабочую смену до 8 ч, поэтому кривая экипажа после 8 ч (отдых, еда и сон не моделируются) лишь иллюстрация, а потеря пота после неё не оценивается.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a JOS-3 body (Takahashi et al. 2021, 17 segments; pythermalcomfort) with the same metabolic heat</source>
        <translation>телом JOS-3 (Takahashi и др., 2021, 17 сегментов; pythermalcomfort) с тем же метаболическим теплом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an ISO 7933:2023 Predicted Heat Strain body (pythermalcomfort)</source>
        <translation>телом модели прогнозируемой тепловой нагрузки ISO 7933:2023 (PHS, pythermalcomfort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JOS-3 is a physiological model of healthy adults in rooms</source>
        <translation>JOS-3 — физиологическая модель здоровых взрослых в помещениях</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHS is an occupational model</source>
        <translation>PHS — модель для условий труда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew and cabin computed together: each person is {body} stepped every 10 min in the cabin air, {crew}; the cabin receives what the bodies give off (metabolic heat minus heat stored, sweat evaporation limited by the air&apos;s humidity). Crew and clothing values are estimates; {kind}, not validated for seated, suited crew after months in orbit or under re-entry g-loads: treat the curve as illustrative.</source>
        <translation>Экипаж и кабина рассчитаны вместе: каждый человек представлен {body}, шаг 10 мин в воздухе кабины, {crew}; кабина получает то, что отдают тела (метаболическое тепло за вычетом накопленного, испарение пота ограничено влажностью воздуха). Параметры экипажа и одежды — оценки; {kind}, не проверенная для сидящего экипажа в скафандрах после месяцев на орбите или при перегрузках спуска: считайте кривую иллюстрацией.</translation>
    </message>
</context>
<context>
    <name>Odds</name>
    <message>
        <location filename="../thermoviz/gui/window/odds_panel.py" line="+18"/>
        <source>Odds: this vehicle has no radiator area in its file.</source>
        <translation>Вероятность: в файле этого корабля нет площади радиатора.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add exposed_radiator_area_m2 to the vehicle file to see the odds of a puncture.</source>
        <translation>Добавьте exposed_radiator_area_m2 в файл корабля, чтобы видеть вероятность пробоя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A hole this big or bigger: about {odds} per 6-month mission (range {low} to {high}).</source>
        <translation>Отверстие такого размера или больше: примерно {odds} за 6-месячный полёт (диапазон от {low} до {high}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected punctures of {vehicle}&apos;s radiator ({area} m², estimate) making a hole of {hole} mm or more in {days} days: {count} (range {low} to {high}); {share} from meteoroids, the rest orbital debris.</source>
        <translation>Ожидаемое число пробоев радиатора {vehicle} ({area} м², оценка) с отверстием {hole} мм или больше за {days} сут: {count} (диапазон от {low} до {high}); {share} от метеороидов, остальное — орбитальный мусор.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models: Grün meteoroid flux (ECSS-E-ST-10-04C), NASA 91 debris model, Cour-Palais ballistic limit of the radiator wall. Every input is an estimate with a range; the band moves them together.</source>
        <translation>Модели: поток метеороидов Грюна (ECSS-E-ST-10-04C), модель мусора NASA 91, баллистический предел Кур-Пале для стенки радиатора. Каждый входной параметр — оценка с диапазоном; полоса меняет их вместе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three leaks at the station in eleven months: about {odds} (range {low} to {high}).</source>
        <translation>Три утечки на станции за одиннадцать месяцев: примерно {odds} (диапазон от {low} до {high}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details: {command}</source>
        <translation>Подробнее: {command}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Odds of a hole this big</source>
        <translation>Вероятность отверстия такого размера</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/odds/words.py" line="+24"/>
        <source>almost certain</source>
        <translation>почти наверняка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} likely</source>
        <translation>вероятность {percent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than 1 in a million</source>
        <translation>меньше 1 из миллиона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 in {n}</source>
        <translation>1 из {n}</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../thermoviz/gui/vehicle/row_texts.py" line="-48"/>
        <source>time from undocking to landing</source>
        <extracomment>``thermoviz.model.param_labels``&apos; words, and the titles of the text fields that have none.</extracomment>
        <translation>время от расстыковки до посадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin free air volume</source>
        <translation>свободный объём воздуха в кабине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat capacity of the cabin air and light interior</source>
        <translation>теплоёмкость воздуха кабины и лёгкого оборудования интерьера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat capacity of the cabin walls and structure</source>
        <translation>теплоёмкость стенок и конструкции кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat transfer from cabin air to walls</source>
        <translation>теплопередача от воздуха кабины к стенкам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat capacity of the equipment bay</source>
        <translation>теплоёмкость приборного отсека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat transfer from equipment bay to cabin air</source>
        <translation>теплопередача от приборного отсека к воздуху кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat transfer from equipment bay to cabin walls</source>
        <translation>теплопередача от приборного отсека к стенкам кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat capacity of the orbital module</source>
        <translation>теплоёмкость бытового отсека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat transfer from cabin walls to the orbital module</source>
        <translation>теплопередача от стенок кабины к бытовому отсеку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin hull area facing space</source>
        <translation>площадь корпуса кабины, обращённая к космосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment bay hull area facing space</source>
        <translation>площадь корпуса приборного отсека, обращённая к космосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbital module hull area facing space</source>
        <translation>площадь корпуса бытового отсека, обращённая к космосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effective emissivity of the insulation (heat loss to space)</source>
        <translation>эффективная излучательная способность теплоизоляции (потери тепла в космос)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effective temperature of space the insulation sees</source>
        <translation>эффективная температура космоса, которую «видит» теплоизоляция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module separation before landing</source>
        <translation>разделение отсеков перед посадкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat loss to the outside air after landing</source>
        <translation>потери тепла в наружный воздух после посадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landing-site air temperature</source>
        <translation>температура воздуха в месте посадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment bay set-point</source>
        <translation>уставка температуры приборного отсека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat while docked</source>
        <translation>тепловыделение аппаратуры в состыкованном состоянии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat in free flight</source>
        <translation>тепловыделение аппаратуры в автономном полёте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat after landing</source>
        <translation>тепловыделение аппаратуры после посадки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the equipment heat released in the cabin</source>
        <translation>доля тепла аппаратуры, выделяемая в кабине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat after the shutdown</source>
        <translation>тепловыделение аппаратуры после отключения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours from the leak to the equipment shutdown</source>
        <translation>часы от утечки до отключения аппаратуры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air flow through the hatch</source>
        <translation>поток воздуха станции через люк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air temperature</source>
        <translation>температура воздуха станции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air humidity</source>
        <translation>влажность воздуха станции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin air set-point</source>
        <translation>уставка температуры воздуха кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dew point of the condensing heat exchanger</source>
        <translation>точка росы конденсационного теплообменника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air flow through the condensing heat exchanger</source>
        <translation>расход воздуха через конденсационный теплообменник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seats</source>
        <translation>число мест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>radiator area exposed to meteoroids and debris</source>
        <translation>площадь радиатора, открытая метеороидам и мусору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coolant inventory</source>
        <translation>запас теплоносителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loop pressure before the leak</source>
        <translation>давление в контуре до утечки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator gas volume</source>
        <translation>объём газа в гидроаккумуляторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator liquid reserve</source>
        <translation>запас жидкости в гидроаккумуляторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator charge pressure</source>
        <translation>давление зарядки гидроаккумулятора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator gas polytropic exponent</source>
        <translation>показатель политропы газа в гидроаккумуляторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory share below which the pump weakens</source>
        <translation>доля запаса, ниже которой насос слабеет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory share at which the pump stops</source>
        <translation>доля запаса, при которой насос останавливается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>radiator heat rejection capacity</source>
        <translation>теплосбросная способность радиатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole discharge coefficient (Cd)</source>
        <translation>коэффициент расхода отверстия (Cd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pressure left once the liquid is gone</source>
        <translation>давление, остающееся после ухода жидкости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default coolant</source>
        <translation>Теплоноситель по умолчанию</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <location filename="../thermoviz/gui/schematic/playback_bar.py" line="+24"/>
        <location line="+39"/>
        <location line="+2"/>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Run the time cursor through the scenario (Space)</source>
        <translation>Провести курсор времени по сценарию (пробел)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback speed: simulated hours per second</source>
        <translation>Скорость воспроизведения: расчётных часов в секунду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loop</source>
        <translation>По кругу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from the beginning at the end</source>
        <translation>В конце начать сначала</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>t = {hours} h</source>
        <translation>t = {hours} ч</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause playback</source>
        <translation>Приостановить воспроизведение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{speed} h/s</source>
        <translation>{speed} ч/с</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/schematic/schematic_view.py" line="+67"/>
        <source>t = {hours} h: coolant {pct} %, cabin {temp} °C</source>
        <extracomment>Timer tick [ms] (25 frames per second). Longest wall-clock step one tick may advance [s]: after a stall (a slow repaint, a dialog) playback continues instead of jumping ahead.</extracomment>
        <translation>t = {hours} ч: теплоноситель {pct} %, кабина {temp} °C</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../thermoviz/figure/spec.py" line="-79"/>
        <source>loop pressure and coolant left</source>
        <extracomment>Line styles a :class:`Pen` may name (mapped to Qt pen styles by the figure layer). The plots in reading order. Display ranges keep every limit line in view with room above it (the danger band on the cabin plot, the 40 °C line on the crew plot).</extracomment>
        <translation>давление в контуре и остаток теплоносителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure [kPa]</source>
        <translation>Давление [кПа]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p [kPa]</source>
        <translation>p [кПа]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant left [%]</source>
        <translation>Осталось теплоносителя [%]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coolant [%]</source>
        <translation>Теплонос. [%]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat flows and the water condensed on the walls</source>
        <translation>тепловые потоки и вода, сконденсированная на стенках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat [W]</source>
        <translation>Тепло [Вт]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condensed water [kg]</source>
        <translation>Конденсат [кг]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Water [kg]</source>
        <translation>Вода [кг]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin air/wet-bulb temperature and humidity with comfort and survivability limits</source>
        <translation>температура воздуха/влажного термометра в кабине и влажность с пределами комфорта и выживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin [°C]</source>
        <translation>Кабина [°C]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rel. humidity [%]</source>
        <translation>Отн. влажность [%]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RH [%]</source>
        <translation>ОВ [%]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comfort {low:g}–{high:g} °C</source>
        <translation>Комфорт {low:g}–{high:g} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soyuz spec {low:g}–{high:g} °C</source>
        <translation>Норма «Союза» {low:g}–{high:g} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danger above {low:g} °C</source>
        <translation>Опасно выше {low:g} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wet-bulb {low:g} °C: measured limit</source>
        <translation>Влажный термометр {low:g} °C: измеренный предел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet-bulb {low:g} °C: survival limit</source>
        <translation>Влажный термометр {low:g} °C: предел выживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RH {low:g}–{high:g} % (right axis)</source>
        <translation>ОВ {low:g}–{high:g} % (правая ось)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment bay {high:g} °C</source>
        <translation>Приборный отсек {high:g} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crew core temperature with the ISO 7933 limit</source>
        <translation>температура ядра тела экипажа с пределом ISO 7933</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew core [°C]</source>
        <translation>Ядро тела экипажа [°C]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Core [°C]</source>
        <translation>Ядро [°C]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low:g} °C: ISO 7933 PHS limit</source>
        <translation>{low:g} °C: предел ISO 7933 PHS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low:g} °C: performance loss</source>
        <translation>{low:g} °C: потеря работоспособности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low:g} °C: heat-stroke danger</source>
        <translation>{low:g} °C: опасность теплового удара</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../thermoviz/model/outcome/result.py" line="-34"/>
        <source>Loop pressure</source>
        <extracomment>Every drawn series, in legend and readout order.
----------
Every series a Result carries, with its unit and a human label (plots, CSV headers).</extracomment>
        <translation>Давление в контуре</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant left (right axis)</source>
        <translation>Осталось теплоносителя (правая ось)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coolant</source>
        <translation>Теплоноситель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat generated (avionics + crew)</source>
        <translation>Выделяемое тепло (приборы + экипаж)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Нагрузка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejection capacity</source>
        <translation>Возможный сброс тепла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat rejected</source>
        <translation>Сброшенное тепло</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Сброшено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condensed water (right axis)</source>
        <translation>Конденсат (правая ось)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condensed</source>
        <translation>Конденсат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cabin air</source>
        <translation>Воздух кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walls (structure)</source>
        <translation>Стенки (конструкция)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Walls</source>
        <translation>Стенки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay</source>
        <translation>Приборный отсек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation>Приборы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet-bulb</source>
        <translation>Влажный термометр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rel. humidity (right axis)</source>
        <translation>Отн. влажность (правая ось)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RH</source>
        <translation>ОВ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew core (rectal)</source>
        <translation>Ядро тела экипажа (ректальная)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew core</source>
        <translation>Ядро тела</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>event timeline</source>
        <extracomment>The limit [°C] that fills the ``{limit}`` of a compact label above. Event lines not listed above. Plot keys in reading order.</extracomment>
        <translation>шкала событий</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/figure.py" line="+137"/>
        <source>Events</source>
        <extracomment>Title of the time axis before a result is shown (then :func:`~thermoviz.figure.time_axis.axis_title`).</extracomment>
        <translation>События</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>Outside model validity: {names} — the model&apos;s inputs leave its validated range here; values are extrapolations</source>
        <translation>Вне области применимости модели: {names} — входные данные модели выходят за проверенный диапазон; значения экстраполированы</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/time_axis.py" line="+56"/>
        <source>Moscow time</source>
        <extracomment>The named zone of the &quot;zone&quot; mode: mission control and the Russian agency report in Moscow time. Modes that need ``Scenario.start_utc``. Tick spacings offered in the calendar modes [h], finest first. Tick spacings offered in the hour modes [h], finest first. Pixels kept per tick label: most date ticks are &quot;06:00&quot; (about 45 px at 11 pt), the first and midnight ones &quot;15 Dec 06:00&quot; / &quot;16 Dec&quot; (about 95 / 50 px); hour labels about 40 px.</extracomment>
        <translation>московское время</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours since the puncture</source>
        <translation>Часы после пробоя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours since the start of the run</source>
        <translation>Часы от начала расчёта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time (UTC)</source>
        <translation>Дата и время (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time ({zone})</source>
        <translation>Дата и время ({zone})</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/outcome/result.py" line="+1"/>
        <source>Coolant remaining</source>
        <translation>Остаток теплоносителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat rejected by the loop</source>
        <translation>Тепло, сброшенное контуром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat-rejection capacity</source>
        <translation>Возможный сброс тепла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat generated inside (avionics + crew)</source>
        <translation>Тепло, выделяемое внутри (приборы + экипаж)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin air temperature</source>
        <translation>Температура воздуха кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin relative humidity</source>
        <translation>Относительная влажность в кабине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin wet-bulb temperature</source>
        <translation>Температура влажного термометра в кабине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin wall (structure) temperature</source>
        <translation>Температура стенок кабины (конструкции)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay temperature</source>
        <translation>Температура приборного отсека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water condensed on the walls</source>
        <translation>Вода, сконденсированная на стенках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew core (rectal) temperature</source>
        <translation>Температура ядра тела экипажа (ректальная)</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/crew_beyond.py" line="+27"/>
        <source>Crew core beyond the model&apos;s validity range: an extrapolation, drawn dotted and never above {cap} °C</source>
        <translation>Ядро тела экипажа вне диапазона применимости модели: экстраполяция, показана пунктиром и не выше {cap} °C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The crew model is extrapolated here; the core is drawn dotted and held at {cap} °C where the model gives more (its raw values are in the CSV and --json).</source>
        <translation>Здесь модель экипажа экстраполирует; температура ядра тела показана пунктиром и ограничена {cap} °C там, где модель даёт больше (исходные значения — в CSV и --json).</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/parts.py" line="+39"/>
        <source>Value&apos;s confidence: {confidence}</source>
        <extracomment>Confidence tags worth repeating next to the label (docs/sources.md): the product must say where a number is quoted from memory or estimated.</extracomment>
        <translation>Достоверность значения: {confidence}</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>outside model validity</source>
        <extracomment>Height [px] each further line of a legend row broken with ``&lt;br&gt;`` adds (one 11 pt line).</extracomment>
        <translation>вне области применимости модели</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/plot_notes.py" line="+75"/>
        <source>Curves not current: see the message above</source>
        <extracomment>Opacity of the curves while the shown result is not the current scenario&apos;s (an error state).</extracomment>
        <translation>Кривые устарели: см. сообщение выше</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Crew heat strain: computing…</source>
        <translation>Тепловая нагрузка на экипаж: расчёт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No crew in this scenario</source>
        <translation>В этом сценарии нет экипажа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew not aboard: vehicle stays docked</source>
        <translation>Экипажа нет на борту: корабль остаётся пристыкованным</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No crew core temperature available</source>
        <translation>Температура ядра тела экипажа недоступна</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/reference.py" line="+92"/>
        <source>Reference: {label}</source>
        <extracomment>Opacity (0-255) of the pinned reference&apos;s curves: the same colours, faded. The pinned scenario&apos;s title in the legend is cut to this many characters (full text: tooltip).</extracomment>
        <translation>Эталон: {label}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Faded: reference</source>
        <translation>Бледные: эталон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faded: reference (aligned at undock)</source>
        <translation>Бледные: эталон (совмещён по расстыковке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faded: reference (aligned at puncture)</source>
        <translation>Бледные: эталон (совмещён по пробою)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pinned reference: {label}. Its curves are drawn faded in the same colours, shifted so both scenarios undock (else are punctured) at the same time. View ▸ Clear reference removes it.</source>
        <translation>Закреплённый эталон: {label}. Его кривые показаны бледными в тех же цветах и сдвинуты так, чтобы оба сценария расстыковывались (иначе — получали пробой) одновременно. Вид ▸ Убрать эталон удаляет его.</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/limits.py" line="+36"/>
        <source>beyond the model</source>
        <extracomment>The cabin temperature whose first crossing is the ``cabin_temp_limit`` event. The crew core temperature whose first crossing is the ``crew_limit`` event. The equipment-bay temperature whose first crossing is the ``equipment_limit`` event. Crew core temperatures [°C] the verdict grades by: stop work, performance loss, heat stroke. Figures draw the crew core temperature no higher than this [°C] and label what lies above &quot;beyond the model&quot;: PHS is an occupational model fitted well below it. The raw series is never clamped; ``Result.outside_validity`` marks the extrapolated part. Highest crew core temperature [°C] the crew models are taken as validated for. PHS (ISO 7933; Malchaire et al. 2001) and JOS-3 (Takahashi et al. 2021) were fitted and checked on laboratory and field exposures that stop subjects well before heat stroke, so a core at or above the heat-stroke line is never a validated number (an estimate of the range: 39-40 °C; we take its upper end). From the first sample at or above it, ``Result.outside_validity`` marks the crew core as extrapolated (``--json`` ``peaks_extrapolated``, the CSV validity column).</extracomment>
        <translation>вне модели</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/explain_text.py" line="+28"/>
        <location filename="../thermoviz/io/explanations.py" line="+159"/>
        <source>Source: {source}</source>
        <extracomment>Keys announced by the coming equipment/wall model: allowed before the model has them.</extracomment>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shift+F1, then click a curve or legend entry: more.</source>
        <translation>Shift+F1, затем щелчок по кривой или строке легенды: подробнее.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours since the puncture (negative: before it). All scenarios share this origin, so a pinned reference and a what-if line up.</source>
        <translation>Часы после пробоя (отрицательные — до него). У всех сценариев это общее начало отсчёта, поэтому закреплённый эталон и вариант «что если» совпадают по времени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours since the start of the simulated run.</source>
        <translation>Часы от начала расчёта.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar date and time in UTC (Coordinated Universal Time), from the scenario&apos;s start time.</source>
        <translation>Календарные дата и время в UTC (всемирное координированное время), от времени начала сценария.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar date and time in the named zone, from the scenario&apos;s start time.</source>
        <translation>Календарные дата и время в выбранном часовом поясе, от времени начала сценария.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run starts at {start} (UTC), from the reported timeline of the preset.</source>
        <translation>Расчёт начинается в {start} (UTC), по хронологии событий готового сценария.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scenario has no start time (or no puncture), so the axis shows hours.</source>
        <translation>У этого сценария нет времени начала (или пробоя), поэтому ось показывает часы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change it in View ▸ Time axis.</source>
        <translation>Изменить: Вид ▸ Ось времени.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../thermoviz/io/preset_texts.py" line="+41"/>
        <source>What-if: settings changed from the original; the text below describes the original.</source>
        <extracomment>The automatic marks of a what-if derived from a preset (:mod:`thermoviz.gui.window.scenario_text`).</extracomment>
        <translation>Что если: настройки изменены по сравнению с исходными; текст ниже описывает исходный сценарий.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{title} (modified)</source>
        <translation>{title} (изменён)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Soyuz MS-22 coolant leak (15 Dec 2022)</source>
        <translation>Утечка теплоносителя Союза МС-22 (15 дек. 2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A micrometeoroid punctures the external radiator loop of the docked Soyuz MS-22. The coolant sprays out for hours, but with the hatch open, station air keeps the cabin near 27–30 °C.</source>
        <translation>Микрометеороид пробивает внешний радиаторный контур пристыкованного Союза МС-22. Теплоноситель вытекает несколько часов, но при открытом люке воздух станции держит кабину около 27–30 °C.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What if: MS-22 brings its crew home after the leak</source>
        <translation>Что если: МС-22 возвращает экипаж домой после утечки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same leak as Soyuz MS-22, but two days later the three crew close the hatch and ride it home. With no working radiator loop the cabin heats towards the ~40 °C that Roscosmos and NASA predicted.</source>
        <translation>Та же утечка, что на Союзе МС-22, но через два дня трое членов экипажа закрывают люк и возвращаются на нём домой. Без работающего радиаторного контура кабина нагревается к ~40 °C, которые предсказывали Роскосмос и NASA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soyuz MS-23 nominal return (27 Sep 2023)</source>
        <translation>Штатное возвращение Союза МС-23 (27 сент. 2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The replacement Soyuz brings Prokopyev, Petelin and Rubio home after 371 days. Its cooling loop is intact, so the cabin stays comfortable all the way down.</source>
        <translation>Союз на замену возвращает Прокопьева, Петелина и Рубио домой после 371 дня на орбите. Его контур охлаждения цел, поэтому в кабине комфортно до самой посадки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress MS-21 coolant leak (11 Feb 2023)</source>
        <translation>Утечка теплоносителя Прогресса МС-21 (11 февр. 2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two months after MS-22, the uncrewed cargo ship Progress MS-21, docked to Poisk, loses all the coolant of its external loop. Nobody rides it; it undocks a week later and burns up.</source>
        <translation>Через два месяца после МС-22 беспилотный грузовой корабль Прогресс МС-21, пристыкованный к модулю «Поиск», теряет весь теплоноситель внешнего контура. Экипажа на нём нет; через неделю он расстыковывается и сгорает в атмосфере.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nauka backup radiator leak (9 Oct 2023)</source>
        <translation>Утечка из резервного радиатора модуля «Наука» (9 окт. 2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flakes stream from the backup radiator (RTOd) on the station&apos;s Nauka module. Only the backup loop empties; Nauka&apos;s main cooling loop carries on, so the cabin does not change.</source>
        <translation>Из резервного радиатора (РТОд) модуля «Наука» на станции летят хлопья. Опустошается только резервный контур; основной контур охлаждения «Науки» продолжает работать, поэтому в кабине ничего не меняется.</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../thermoviz/gui/plots/cursor_readout.py" line="+20"/>
        <source>computing…</source>
        <extracomment>Column counts tried, widest first, when the window is narrow (e.g. a 1024x768 projector). Texts the crew value shows besides numbers: the readout makes room for them (never &quot;not aboa&quot;).</extracomment>
        <translation>расчёт…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not aboard</source>
        <translation>не на борту</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+56"/>
        <location line="+9"/>
        <source>Cursor</source>
        <extracomment>Scenario hour -&gt; text in the time axis&apos;s terms (the dashboard sets it).</extracomment>
        <translation>Курсор</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Time cursor: drag the vertical line or click a plot; the values below are at that time.</source>
        <translation>Курсор времени: перетащите вертикальную линию или щёлкните по графику; значения ниже — на этот момент.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} at the cursor time (linear interpolation)</source>
        <translation>{name} в момент курсора (линейная интерполяция)</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/dashboard.py" line="+38"/>
        <source>Time cursor: drag it, or click a plot</source>
        <extracomment>After the last interactive redraw, full-quality (antialiased) curves return this much later [ms]. Events the cursor jumps to when a result is first shown, in order of preference. Emitted with the cursor time [h] whenever the cursor moves.</extracomment>
        <translation>Курсор времени: перетащите его или щёлкните по графику</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../thermoviz/export/pdf_report.py" line="+132"/>
        <source>Figure 1.</source>
        <extracomment>Logical size of the dashboard drawn on the figure page: about the aspect of the A4 text area, so the figure fills the page (drawn at about 0.68 scale: 11 pt axis text prints at about 7.5 pt).</extracomment>
        <translation>Рисунок 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: {plots} (time axis: {time_base}). Shaded/hatched spans: outside model validity.</source>
        <translation>{title}: {plots} (ось времени: {time_base}). Затенённые/заштрихованные участки: вне области применимости модели.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faded curves in the same colours: the reference scenario {name}.</source>
        <translation>Бледные кривые тех же цветов: опорный сценарий {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faded curves in the same colours: the reference scenario {name}, shifted so that both undock at the same time.</source>
        <translation>Бледные кривые тех же цветов: опорный сценарий {name}, сдвинутый так, что оба расстыковываются одновременно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faded curves in the same colours: the reference scenario {name}, shifted so that both are punctured at the same time.</source>
        <translation>Бледные кривые тех же цветов: опорный сценарий {name}, сдвинутый так, что пробой в обоих происходит одновременно.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crew band.</source>
        <translation>Полоса экипажа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncertainty.</source>
        <translation>Неопределённость.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaded bands: 5–95 % of the curves over {n} plausible vehicles (a seeded Latin-hypercube sample of the estimated parameters&apos; ranges, seed {seed}). {sentence} (rank correlation with the peak).</source>
        <translation>Затенённые полосы: 5–95 % кривых по {n} правдоподобным кораблям (выборка латинского гиперкуба по диапазонам оценочных параметров, зерно {seed}). {sentence} (ранговая корреляция с пиком).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sentence} (crew model PHS; peaks while the crew is aboard).</source>
        <translation>{sentence} (модель экипажа PHS; пики — пока экипаж на борту).</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_calibration.py" line="+18"/>
        <source>fitted</source>
        <translation>подогнан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held out</source>
        <translation>отложен для проверки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The leak model has one parameter fitted to the public record (Cd); the cabin has four, fitted to the docked record only: {fitted}. Every other cabin number is an estimate from its own reasoning (vehicle file). The other record items, the crewed return among them, are held out and only checked against.</source>
        <translation>У модели утечки один параметр подогнан к открытым данным (Cd); у кабины четыре, подогнанных только по данным в стыковке: {fitted}. Все остальные числа кабины — оценки со своими обоснованиями (файл корабля). Остальные пункты хроники, в том числе возвращение с экипажем, отложены и служат только для проверки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record item</source>
        <translation>Пункт хроники</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Использование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameter / check</source>
        <translation>Параметр / проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discharge coefficient Cd for this loop: MS-22 {note}; this run uses Cd = {cd}.</source>
        <translation>Коэффициент расхода Cd для этого контура: МС-22 {note}; в этом расчёте Cd = {cd}.</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_crew_band.py" line="+30"/>
        <source>not computed</source>
        <extracomment>Marks of the table&apos;s footnotes: beyond the validated core range; graded by the wet bulb.</extracomment>
        <translation>не рассчитано</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Central curve: {label}. It is the crew core curve of Figure 1 and the one the verdict grades. {why}.</source>
        <translation>Центральная кривая: {label}. Это кривая ядра тела экипажа на рисунке 1, по ней оценивается вердикт. {why}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>their envelope is the shaded crew band of Figure 1.</source>
        <translation>их огибающая — затенённая полоса экипажа на рисунке 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>their envelope is the crew band (Figure 1 shades the vehicles&apos; uncertainty band instead).</source>
        <translation>их огибающая — полоса экипажа (рисунок 1 вместо неё затеняет полосу неопределённости кораблей).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{central} The other rows change one assumption at a time from the central crew; {envelope}</source>
        <translation>{central} Остальные строки меняют по одному предположению относительно центрального экипажа; {envelope}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew band: both crew models and the crew assumptions</source>
        <translation>Полоса экипажа: обе модели экипажа и предположения об экипаже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew assumptions (one change from the central crew)</source>
        <translation>Предположения об экипаже (одно изменение относительно центрального)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew model</source>
        <translation>Модель экипажа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak crew core while aboard [{unit}]</source>
        <translation>Пик ядра тела экипажа на борту [{unit}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew grade</source>
        <translation>Уровень для экипажа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Central:</source>
        <translation>Центральный:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{mark} At or above {limit} °C the core is beyond the range where the crew models are validated: an extrapolation, to compare the assumptions, not a prediction.</source>
        <translation>{mark} От {limit} °C и выше ядро тела — за пределами диапазона, где модели экипажа проверены: экстраполяция, чтобы сравнить предположения, а не прогноз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{mark} Graded by the cabin wet bulb reaching 35 °C (sweat can no longer cool), not by the core.</source>
        <translation>{mark} Уровень задан влажным термометром в кабине, достигшим 35 °C (пот больше не охлаждает), а не ядром тела.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peaks are taken over the crew-aboard period; every row is its own coupled crew-cabin run of this scenario and vehicle.</source>
        <translation>Пики берутся за время, пока экипаж на борту; каждая строка — отдельный совместный расчёт экипажа и кабины для этого сценария и корабля.</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_energy.py" line="+13"/>
        <source>Generated inside (equipment + crew)</source>
        <translation>Выделено внутри (приборы + экипаж)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by the loop</source>
        <translation>Сброшено контуром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the station air (docked)</source>
        <translation>В воздух станции (в стыковке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiated to space</source>
        <translation>Излучено в космос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the outside air (after landing)</source>
        <translation>В наружный воздух (после посадки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: cabin air</source>
        <translation>Накоплено: воздух кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: cabin walls</source>
        <translation>Накоплено: стенки кабины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: equipment bay</source>
        <translation>Накоплено: приборный отсек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: orbital module</source>
        <translation>Накоплено: бытовой отсек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: cabin water vapour</source>
        <translation>Накоплено: водяной пар в кабине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: crew bodies</source>
        <translation>Накоплено: тела экипажа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whole run</source>
        <translation>Весь расчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../thermoviz/export/report_text.py" line="+211"/>
        <source>While the crew is aboard</source>
        <translation>Пока экипаж на борту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the heat went</source>
        <translation>Куда ушло тепло</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Residual (books not closed)</source>
        <translation>Остаток (баланс не сведён)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated = rejected + station + space + outside air + stored + residual. Nothing else takes heat: there is no fixed-temperature surroundings. Negative: heat taken in (station air warmer than the cabin) or given up by a store.</source>
        <translation>Выделено = сброшено + станция + космос + наружный воздух + накоплено + остаток. Больше тепло никуда не уходит: окружения с постоянной температурой нет. Отрицательное значение: тепло получено (воздух станции теплее кабины) или отдано накопителем.</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_text.py" line="-185"/>
        <source>Leak: single-phase liquid orifice law into vacuum, dV/dt = Cd·A·√(2(P − P_v)/ρ) (thin-wall hole, Henry &amp; Fauske).  Cd 0.62 is a clean sharp-edged hole; presets use an effective Cd fitted to the MS-22 record (0.12; the record, read as inequalities, allows about 0.05 to 1).</source>
        <extracomment>The model&apos;s main assumptions, summarised from docs/sources.md §6 and the model docstrings.</extracomment>
        <translation>Утечка: закон истечения однофазной жидкости через отверстие в вакуум, dV/dt = Cd·A·√(2(P − P_v)/ρ) (тонкостенное отверстие, Henry &amp; Fauske). Cd 0,62 — чистое отверстие с острой кромкой; пресеты используют эффективный Cd, подогнанный по хронике МС-22 (0,12; хроника, прочитанная как неравенства, допускает примерно от 0,05 до 1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loop pressure: a bellows accumulator whose gas expands polytropically, P = P0·(V_g0/(V_g0 + V))^n, 1 ≤ n ≤ 1.4, until its liquid reserve is used up; then it bottoms out, the pressure collapses to the coolant&apos;s vapour pressure plus a small residual (estimate) and the rest leaks out slowly.  Accumulator volumes of Soyuz/Progress are not public (estimates).</source>
        <translation>Давление в контуре: сильфонный гидроаккумулятор, газ которого расширяется политропно, P = P0·(V_g0/(V_g0 + V))^n, 1 ≤ n ≤ 1,4, пока не израсходован запас жидкости; затем сильфон упирается в упор, давление падает до давления пара теплоносителя плюс небольшой остаток (оценка), и остальное медленно вытекает. Объёмы гидроаккумуляторов «Союза»/«Прогресса» не опубликованы (оценки).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heat rejection capacity falls as the loop loses coolant; coolant identity, loop volumes and radiator capacities of Soyuz/Progress are not published (estimates).</source>
        <translation>Возможный сброс тепла падает по мере потери теплоносителя; состав теплоносителя, объёмы контуров и мощности радиаторов «Союза»/«Прогресса» не опубликованы (оценки).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle: four well-mixed thermal nodes (cabin air, cabin walls, equipment bay, orbital module) and no fixed-temperature surroundings: heat leaves only through the loop (ideal thermostat up to its capacity), the station air (docked, hatch open), radiation to space through the insulation (a few W/m²) and, after landing, the outside air; the orbital module and equipment bay separate before entry. The crew&apos;s mean radiant temperature is the walls&apos;, and their radiant heat goes to the walls. Humidity from the crew&apos;s latent load into the free volume; vapour above saturation condenses on the coldest surface.</source>
        <translation>Корабль: четыре хорошо перемешанных тепловых узла (воздух кабины, стенки кабины, приборный отсек, бытовой отсек) и никакого окружения с постоянной температурой: тепло уходит только через контур (идеальный термостат в пределах его мощности), воздух станции (в стыковке, люк открыт), излучение в космос через теплоизоляцию (несколько Вт/м²) и после посадки — в наружный воздух; бытовой и приборный отсеки отделяются перед входом в атмосферу. Средняя радиационная температура для экипажа — температура стенок, и лучистое тепло экипажа уходит на стенки. Влага от скрытой тепловой нагрузки экипажа поступает в свободный объём; пар сверх насыщения конденсируется на самой холодной поверхности.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crew: ISO 7933:2023 Predicted Heat Strain (pythermalcomfort), valid for 15–50 °C air, water-vapour pressure ≤ 4.5 kPa, met 0.96–4.3, clo 0.1–1; outside that range values are extrapolations and are flagged, never clipped.</source>
        <translation>Экипаж: ISO 7933:2023 Predicted Heat Strain (pythermalcomfort), применима при воздухе 15–50 °C, давлении водяного пара ≤ 4,5 кПа, met 0,96–4,3, clo 0,1–1; вне этого диапазона значения — экстраполяция, они помечаются и никогда не обрезаются.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All results are estimates for teaching and what-if exploration, not a flight-safety analysis.</source>
        <translation>Все результаты — оценки для обучения и исследования вариантов «что если», а не анализ безопасности полёта.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{vehicle}: {hole} mm hole in the {loop} loop</source>
        <translation>{vehicle}: отверстие {hole} мм в контуре {loop}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>does not happen</source>
        <translation>не происходит</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{hours} h ({sign}{whole} h {minutes} min)</source>
        <translation>{hours} ч ({sign}{whole} ч {minutes} мин)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none ({meaning})</source>
        <translation>нет ({meaning})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{grade} ({meaning}); the four grades are explained in docs/grades.md and Help ▸ Crew grades.</source>
        <translation>{grade} ({meaning}); четыре уровня объяснены в docs/grades.md и в «Справка ▸ Уровни состояния экипажа».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crew grade:</source>
        <translation>Уровень для экипажа:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>safe</source>
        <extracomment>The verdict&apos;s severity words in the report&apos;s heading (&quot;Verdict (danger):&quot;).</extracomment>
        <translation>безопасно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>info</source>
        <translation>сведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caution</source>
        <translation>внимание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>danger</source>
        <translation>опасно</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>thermoviz {version} simulation report · generated {when} · simulated span {span} h</source>
        <extracomment>The grid tables&apos; opening tag.</extracomment>
        <translation>Отчёт о расчёте thermoviz {version} · создан {when} · рассчитано {span} ч</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · starts {start}</source>
        <translation> · начало {start}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict ({severity}):</source>
        <translation>Вердикт ({severity}):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run clock (h from start)</source>
        <translation>Часы расчёта (ч от начала)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time (UTC)</source>
        <translation>Дата и время (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key events</source>
        <translation>Ключевые события</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>Допустимо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario parameters</source>
        <translation>Параметры сценария</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Quantity</source>
        <translation>Величина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum over the run</source>
        <translation>Максимум за расчёт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last value</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peaks</source>
        <translation>Пики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (extrapolated: beyond the model&apos;s validated range)</source>
        <translation> (экстраполяция: за пределами проверенного диапазона модели)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not computed / no crew aboard</source>
        <translation>не рассчитано / экипажа нет на борту</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Crew-relevant peaks (cabin air, humidity, wet bulb, crew core) are taken over the crew-aboard period. Crew core values at or above {limit} °C, or after the cabin leaves the PHS input range, are extrapolations beyond the crew model&apos;s validated range.</source>
        <translation>Пики, важные для экипажа (воздух кабины, влажность, влажный термометр, ядро тела), берутся за время, пока экипаж на борту. Значения ядра тела от {limit} °C и выше или после выхода кабины из входного диапазона PHS — экстраполяция за пределы проверенного диапазона модели экипажа.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main model assumptions</source>
        <translation>Основные допущения модели</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes on this run</source>
        <translation>Примечания к этому расчёту</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crew heat strain was not computed for this report.</source>
        <translation>Тепловая нагрузка экипажа для этого отчёта не рассчитывалась.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit lines and their sources</source>
        <translation>Линии пределов и их источники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence tags: &lt;i&gt;confirmed&lt;/i&gt; = checked against the cited source; &lt;i&gt;reported once&lt;/i&gt; = a single press report; &lt;i&gt;from memory&lt;/i&gt; = quoted from memory of the standard, to be checked; &lt;i&gt;estimate&lt;/i&gt; = reasoned estimate.</source>
        <translation>Метки достоверности: &lt;i&gt;подтверждено&lt;/i&gt; — сверено с указанным источником; &lt;i&gt;сообщено однажды&lt;/i&gt; — единственное сообщение в прессе; &lt;i&gt;по памяти&lt;/i&gt; — приведено по памяти о стандарте, нужно проверить; &lt;i&gt;оценка&lt;/i&gt; — обоснованная оценка.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit</source>
        <translation>Предел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to rebuild this report</source>
        <translation>Как воссоздать этот отчёт</translation>
    </message>
</context>
<context>
    <name>SafeLimits</name>
    <message>
        <location filename="../thermoviz/analysis/limits.py" line="+185"/>
        <source>&quot;{grade}&quot; ({meaning})</source>
        <extracomment>Bisection stops when the bracket is this narrow, by field unit (mm, h, -). Decimals of the value in the sentence, by unit.</extracomment>
        <translation>«{grade}» ({meaning})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>that survive (below {meaning})</source>
        <translation>выживает (ниже порога: {meaning})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept below {grade}</source>
        <translation>остаётся ниже уровня {grade}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest undock with {crew} crew {below}: {value} after the puncture</source>
        <extracomment>The head of a found limit&apos;s sentence, by (field kind, direction).</extracomment>
        <translation>Самая поздняя расстыковка, при которой экипаж из {crew} чел. {below}: {value} после пробоя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earliest undock with {crew} crew {below}: {value} after the puncture</source>
        <translation>Самая ранняя расстыковка, при которой экипаж из {crew} чел. {below}: {value} после пробоя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest undock with {crew} crew {below}: {value} after the start</source>
        <translation>Самая поздняя расстыковка, при которой экипаж из {crew} чел. {below}: {value} от начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earliest undock with {crew} crew {below}: {value} after the start</source>
        <translation>Самая ранняя расстыковка, при которой экипаж из {crew} чел. {below}: {value} от начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest hole with {crew} crew {below}: {value}</source>
        <translation>Наибольшее отверстие, при котором экипаж из {crew} чел. {below}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest hole with {crew} crew {below}: {value}</source>
        <translation>Наименьшее отверстие, при котором экипаж из {crew} чел. {below}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest {what} with {crew} crew {below}: {value}</source>
        <translation>Наибольшее значение «{what}», при котором экипаж из {crew} чел. {below}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest {what} with {crew} crew {below}: {value}</source>
        <translation>Наименьшее значение «{what}», при котором экипаж из {crew} чел. {below}: {value}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Even 1 crew member reaches {grade} on this return</source>
        <translation>Даже 1 член экипажа достигает уровня {grade} при этом возвращении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most crew {below}: {best} of {seats}</source>
        <translation>Наибольший экипаж, который {below}: {best} из {seats}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No {what} from {low} to {high} keeps {crew} crew below {grade}</source>
        <translation>Ни одно значение «{what}» от {low} до {high} не удерживает экипаж из {crew} чел. ниже уровня {grade}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{crew} crew stay below {grade} over the whole range searched, up to {high}</source>
        <translation>Экипаж из {crew} чел. остаётся ниже уровня {grade} во всём диапазоне поиска, до {high}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} crew: none</source>
        <translation>{count} чел.: нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} crew: all up to {value}</source>
        <translation>{count} чел.: весь диапазон до {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} crew: {value}</source>
        <translation>{count} чел.: {value}</translation>
    </message>
</context>
<context>
    <name>Schematic</name>
    <message>
        <location filename="../thermoviz/figure/schematic_words.py" line="+14"/>
        <source>docked to the station</source>
        <translation>пристыкован к станции</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>free flight, hatch closed</source>
        <translation>автономный полёт, люк закрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landed</source>
        <translation>после посадки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>station module</source>
        <translation>модуль станции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = {hours} h</source>
        <translation>t = {hours} ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin air {temp} °C</source>
        <translation>Воздух кабины {temp} °C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · wet-bulb {temp} °C</source>
        <translation> · влажный термометр {temp} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · walls {temp} °C</source>
        <translation> · стенки {temp} °C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RH {rh} %</source>
        <translation>Отн. влажность {rh} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncrewed cargo ship</source>
        <translation>Беспилотный грузовой корабль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew on the station</source>
        <translation>Экипаж на станции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landed: the crew is out</source>
        <translation>После посадки: экипаж вышел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No crew aboard</source>
        <translation>Экипажа на борту нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} crew</source>
        <translation>экипаж: {count}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{people} · core not computed</source>
        <translation>{people} · ядро тела не рассчитано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} · core {temp} °C</source>
        <translation>{people} · ядро тела {temp} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beyond the crew model&apos;s range: extrapolated</source>
        <translation>за пределами модели экипажа: экстраполяция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay</source>
        <translation>Приборный отсек</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its temperature is not in this model</source>
        <translation>его температуры нет в этой модели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay {temp} °C</source>
        <translation>Приборный отсек {temp} °C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>avionics {watts} W here</source>
        <translation>аппаратура {watts} Вт здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {watts} W in the cabin</source>
        <translation>, {watts} Вт в кабине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant {pct} %</source>
        <translation>Теплоноситель {pct} %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{left} of {total} L</source>
        <translation>{left} из {total} л</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure {kpa} kPa</source>
        <translation>Давление {kpa} кПа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was {kpa} kPa</source>
        <translation>было {kpa} кПа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bellows bottomed out</source>
        <translation>Сильфон дошёл до упора</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserve {left} of {total} L</source>
        <translation>Запас {left} из {total} л</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact loops</source>
        <translation>Целые контуры</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reject {watts} W</source>
        <translation>сбрасывают {watts} Вт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiator</source>
        <translation>Радиатор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>working</source>
        <translation>работает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead</source>
        <translation>не работает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pump running</source>
        <translation>Насос работает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump at {pct}</source>
        <translation>Насос на {pct}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pump stopped</source>
        <translation>Насос остановлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accumulator</source>
        <translation>Гидроаккумулятор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hole</source>
        <translation>Отверстие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak {rate} L/h</source>
        <translation>Утечка {rate} л/ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bay → air {watts}</source>
        <translation>Отсек → воздух {watts}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avionics {watts} W</source>
        <translation>Аппаратура {watts} Вт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew {watts} W</source>
        <translation>Экипаж {watts} Вт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{watts} W</source>
        <translation>{watts} Вт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>сброшено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to space</source>
        <translation>в космос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walls → air {watts}</source>
        <translation>Стенки → воздух {watts}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hull → walls {watts}</source>
        <translation>корпус → стенки {watts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hull {watts}</source>
        <translation>Корпус {watts}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station air {watts}</source>
        <translation>Воздух станции {watts}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../thermoviz/gui/window/settings.py" line="+61"/>
        <source>settings: ignored the remembered scenario ({error})</source>
        <extracomment>What was ignored in the settings at this start (one line each), for the window to show: English Phrases (stderr gets the English), shown in the window&apos;s language with ``shown()``.</extracomment>
        <translation>настройки: сохранённый сценарий пропущен ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>settings: ignored the remembered preset ({error})</source>
        <translation>настройки: сохранённый сценарий-образец пропущен ({error})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>settings: the remembered preset {name} no longer exists; ignored</source>
        <translation>настройки: сохранённого сценария-образца {name} больше нет; пропущен</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>settings: ignored the interface size (not a number)</source>
        <extracomment>Interface sizes offered in View ▸ Interface size (Qt&apos;s QT_SCALE_FACTOR): 150 % makes a 1920x1080 projector lay out like 1280x720, 200 % a 4K screen like 1920x1080.</extracomment>
        <translation>настройки: размер интерфейса пропущен (не число)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settings: ignored the interface size {value} (offered: {offered})</source>
        <translation>настройки: размер интерфейса {value} пропущен (доступны: {offered})</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../thermoviz/gui/plots/cursor_keys.py" line="+21"/>
        <source>← / → on the plots</source>
        <extracomment>One Shift+← / → press moves it by this share (5 %). (keys, what) rows for the shortcuts box.</extracomment>
        <translation>← / → на графиках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the time cursor a small step (0.5 % of the span)</source>
        <translation>сдвинуть курсор времени на малый шаг (0,5 % диапазона)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+← / → on the plots</source>
        <translation>Shift+← / → на графиках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the time cursor a big step (5 % of the span)</source>
        <translation>сдвинуть курсор времени на большой шаг (5 % диапазона)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home / End on the plots</source>
        <translation>Home / End на графиках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time cursor to the start / end</source>
        <translation>курсор времени в начало / конец</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/actions.py" line="+12"/>
        <source>Tab / Shift+Tab</source>
        <extracomment>Keys of the controls themselves (not menu actions), for the shortcuts box.</extracomment>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move between the controls</source>
        <translation>переход между элементами управления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← → ↑ ↓ on the hole slider</source>
        <translation>← → ↑ ↓ на ползунке отверстия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole diameter ≈ 6 % smaller/larger</source>
        <translation>диаметр отверстия ≈ на 6 % меньше/больше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up / Page Down on the hole slider</source>
        <translation>Page Up / Page Down на ползунке отверстия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole diameter ≈ 80 % larger/smaller</source>
        <translation>диаметр отверстия ≈ на 80 % больше/меньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ ↓ in a number box</source>
        <translation>↑ ↓ в числовом поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one step (units in the tooltip)</source>
        <translation>один шаг (единицы — в подсказке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space on a check box</source>
        <translation>Пробел на флажке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tick or untick (No leak, Never, Stays docked, Hatch open)</source>
        <translation>поставить или снять флажок (Без течи, Никогда, Остаётся пристыкованным, Люк открыт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ ← (Page Down / Up) in a lesson</source>
        <translation>→ ← (Page Down / Up) в уроке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next / previous step</source>
        <translation>следующий / предыдущий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space in a lesson</source>
        <translation>Пробел в уроке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reveal the answer, then the next step</source>
        <translation>показать ответ, затем следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma or point in a number box</source>
        <translation>Запятая или точка в числовом поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both are decimal separators: 0,5 = 0.5</source>
        <translation>обе — десятичные разделители: 0,5 = 0.5</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+11"/>
        <source> or </source>
        <extracomment>The joiner of two shortcuts of one command, marked for translation.</extracomment>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/shortcuts.py" line="+19"/>
        <source>Menu shortcuts</source>
        <translation>Клавиши команд меню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the controls</source>
        <translation>В элементах управления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time cursor: drag the grey line or click a plot.</source>
        <translation>Курсор времени: перетащите серую линию или щёлкните по графику.</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <location filename="../thermoviz/export/slide.py" line="+115"/>
        <source>reference</source>
        <extracomment>Pixel sizes offered (name -&gt; (width, height)). The slide is laid out at this logical size and painted scaled to the pixel size. Legend columns under the plots; a long legend (cabin + crew plots list ~19 curves and limits) gets a fourth column and slightly smaller type, so the plots keep their height. Verdict line colours by severity: (background, border, text); the same hues as the window&apos;s banner. Plots shorter than this [logical px] (four plots on one slide) get fewer y tick labels.</extracomment>
        <translation>опорный сценарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faded: {label}</source>
        <translation>Бледные: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faded: {label}, aligned at undock</source>
        <translation>Бледные: {label}, совмещено по расстыковке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faded: {label}, aligned at puncture</source>
        <translation>Бледные: {label}, совмещено по пробою</translation>
    </message>
    <message>
        <location line="+159"/>
        <source> · shown {low} to {high} hours after the start</source>
        <translation> · показано с {low} по {high} ч от начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · shown {low} to {high} hours since the puncture</source>
        <translation> · показано с {low} по {high} ч после пробоя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated with thermoviz {version} (a model with estimates, not a flight record) · scenario: {title}</source>
        <translation>Рассчитано в thermoviz {version} (модель с оценками, а не полётные данные) · сценарий: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
</context>
<context>
    <name>StartNotes</name>
    <message>
        <location filename="../thermoviz/gui/window/window_fit.py" line="+45"/>
        <source>Lesson left out: {reason}</source>
        <extracomment>Share of the available screen the first window takes at most.</extracomment>
        <translation>Урок не загружен: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle left out: {reason}</source>
        <translation>Корабль не загружен: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ignored {count} unreadable remembered setting(s) and used defaults: {first}</source>
        <translation>Нечитаемых сохранённых настроек пропущено: {count}, взяты значения по умолчанию: {first}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (and {count} more: hover for all)</source>
        <translation> (и ещё {count}: наведите, чтобы увидеть все)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../thermoviz/gui/window/status_notes.py" line="+38"/>
        <source>crew heat strain: computing…</source>
        <translation>тепловая нагрузка экипажа: расчёт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crew heat strain failed: {error}</source>
        <translation>ошибка расчёта тепловой нагрузки экипажа: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} model values are estimates</source>
        <translation>оценочных значений модели: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outside the model&apos;s validity (shaded): {names}</source>
        <translation>вне области применимости модели (затенено): {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} remembered setting(s) ignored</source>
        <translation>пропущено запомненных настроек: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hover here for the notes</source>
        <translation>примечания — при наведении</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="+62"/>
        <source>not computed / not applicable</source>
        <translation>не рассчитано / неприменимо</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/main_window.py" line="+294"/>
        <location filename="../thermoviz/gui/window/scenario_text.py" line="-13"/>
        <location filename="../thermoviz/io/summary_text.py" line="+9"/>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="-55"/>
        <source>hours since the start (no puncture)</source>
        <extracomment>The origin words of :func:`thermoviz.model.clock.time_origin`, marked for translation.</extracomment>
        <translation>часы от начала (без пробоя)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours since the puncture</source>
        <translation>часы после пробоя</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{vehicle} / {loop} loop</source>
        <translation>{vehicle} / контур {loop}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coolant {coolant}</source>
        <translation>теплоноситель {coolant}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no leak</source>
        <translation>без течи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hole {d} mm (Cd {cd}) at {t} h from start</source>
        <translation>отверстие {d} мм (Cd {cd}) через {t} ч от начала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stays docked</source>
        <translation>остаётся пристыкованным</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {h} h descent</source>
        <translation>, спуск {h} ч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({h} h after the puncture)</source>
        <translation> ({h} ч после пробоя)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undock at {t} h from start</source>
        <translation>расстыковка через {t} ч от начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hatch open</source>
        <translation>люк открыт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hatch closed</source>
        <translation>люк закрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crew {n}</source>
        <translation>экипаж {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h run</source>
        <translation>расчёт на {h} ч</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>extrapolated: outside the model&apos;s validity range</source>
        <translation>экстраполяция: вне области применимости модели</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli.py" line="-91"/>
        <location filename="../thermoviz/io/summary_text.py" line="+14"/>
        <source>Verdict [{severity}]: {text}</source>
        <translation>Вывод [{severity}]: {text}</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="+6"/>
        <source>, then the run&apos;s own clock</source>
        <translation>, затем собственные часы расчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events ({words}):</source>
        <translation>События ({words}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events ({words}, then UTC; t = 0 at {start}):</source>
        <translation>События ({words}, затем UTC; t = 0 в {start}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>does not happen</source>
        <translation>не происходит</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h from start</source>
        <translation>{hours} ч от начала</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peaks (maximum over the run):</source>
        <translation>Пики (максимум за расчёт):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Peaks while the crew is aboard (what the crew lives through):</source>
        <translation>Пики, пока экипаж на борту (что переживает экипаж):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../thermoviz/figure/timeline_markers.py" line="+61"/>
        <source>Reported {when} ({kind}: {meaning})</source>
        <extracomment>Height of the timeline band above the event labels [px]. Neutral grey (not a series or event colour): reported, not modelled. A report that gives only the day (or month) is a lighter bar across it, this much short of each end [h].</extracomment>
        <translation>Сообщалось: {when} ({kind}: {meaning})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} before the run</source>
        <translation>до расчёта: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} after</source>
        <translation>после: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported timeline: {count} in the run</source>
        <translation>Хронология событий: в расчёте {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grey diamonds: what was reported to have happened (not computed by the model).
Hover a diamond for its date, what happened and its source.</source>
        <translation>Серые ромбы: что, по сообщениям, произошло (не рассчитано моделью).
Наведите указатель на ромб, чтобы увидеть дату, событие и источник.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the simulated span:</source>
        <translation>Вне расчётного интервала:</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/view_options.py" line="+64"/>
        <source>(Help ▸ Reported timeline)</source>
        <extracomment>Zoom in/out step: the shown time window shrinks/grows by this factor about its centre. Margin of View ▸ Fit to return flight on each side of undocking .. landing [h].</extracomment>
        <translation>(Справка ▸ Хронология событий)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reported timeline</source>
        <translation>Хронология событий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scenario has no reported timeline (it has no start time, or it is not derived from a historic preset).</source>
        <translation>У этого сценария нет хронологии событий (у него нет времени начала или он не основан на историческом сценарии).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run starts {start} (UTC).</source>
        <translation>Начало расчёта: {start} (UTC).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours after the start</source>
        <translation>Часы от начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{start} to {end} h (the day only)</source>
        <translation>от {start} до {end} ч (известен только день)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end} h (the month only)</source>
        <translation>от {start} до {end} ч (известен только месяц)</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/timeline.py" line="+37"/>
        <source>A vehicle is launched (or delivered to the station).</source>
        <extracomment>Kinds of reported event, with what each means (for legends and tooltips; translated where shown).</extracomment>
        <translation>Запуск корабля (или его доставка на станцию).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vehicle docks to the station.</source>
        <translation>Корабль стыкуется со станцией.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leak is first noticed (telemetry, alarms, cameras).</source>
        <translation>Утечку впервые замечают (телеметрия, сигналы тревоги, камеры).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something seen or measured during the event (spray, cabin temperature).</source>
        <translation>Что-то увиденное или измеренное во время события (струя, температура в кабине).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cause or damage established (hole size, external impact).</source>
        <translation>Установлена причина или повреждение (размер отверстия, внешний удар).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agency briefing or statement about the situation and its risks.</source>
        <translation>Брифинг или заявление агентства о ситуации и её рисках.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A later claim in the press, e.g. a disputed estimate.</source>
        <translation>Более позднее утверждение в прессе, например спорная оценка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan the agencies decided (e.g. the emergency seating).</source>
        <translation>План, принятый агентствами (например, аварийное размещение экипажа).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test of the damaged vehicle.</source>
        <translation>Испытание повреждённого корабля.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spacewalk (EVA) connected with the event.</source>
        <translation>Выход в открытый космос, связанный с событием.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vehicle undocks from the station.</source>
        <translation>Корабль отстыковывается от станции.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deorbit burn; the vehicle is destroyed on re-entry.</source>
        <translation>Тормозной импульс для схода с орбиты; корабль разрушается при входе в атмосферу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vehicle lands.</source>
        <translation>Корабль приземляется.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>{span} before the run starts</source>
        <extracomment>Precision of an entry&apos;s date: a moment (date + time), a whole day or a whole month.</extracomment>
        <translation>за {span} до начала расчёта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{span} after the run ends</source>
        <translation>через {span} после конца расчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>during the run</source>
        <translation>во время расчёта</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+51"/>
        <source>Logarithmic scale: 0.05 mm … 20 mm.</source>
        <extracomment>Smallest hole the number box takes [mm]: the model accepts any hole &gt; 0; below the slider&apos;s 0.05 mm the slider rests at its left end and the box shows the true value.</extracomment>
        <translation>Логарифмическая шкала: 0,05 мм … 20 мм.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hole diameter (logarithmic)</source>
        <translation>Диаметр отверстия (логарифмическая шкала)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hole diameter in millimetres</source>
        <translation>Диаметр отверстия в миллиметрах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No puncture at all: hole diameter 0 mm.</source>
        <translation>Пробоя нет совсем: диаметр отверстия 0 мм.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{field}: none — {meaning}.</source>
        <extracomment>What &quot;none&quot; stands for, shown greyed while the box is ticked (None: keep the last typed value).</extracomment>
        <translation>{field}: нет — {meaning}.</translation>
    </message>
</context>
<context>
    <name>Uncertainty</name>
    <message>
        <location filename="../thermoviz/analysis/crew_band.py" line="+45"/>
        <source>PHS is central: the outcome scale&apos;s 38 °C line is its ISO 7933 limit, it is the standard model of heat strain at work, and its crew estimates (not heat-acclimatised after months in a 22 °C station, still air) are the cautious reading</source>
        <translation>PHS — центральная модель: линия 38 °C шкалы исходов — это её предел ISO 7933, это стандартная модель теплового напряжения при работе, и её оценки экипажа (не акклиматизирован к жаре после месяцев на станции при 22 °C, неподвижный воздух) — осторожное прочтение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JOS-3 is central because this scenario chose it; PHS, the ISO 7933 standard the outcome scale&apos;s 38 °C line comes from, is a variant</source>
        <translation>JOS-3 — центральная модель, потому что её выбрал этот сценарий; PHS, стандарт ISO 7933, из которого взята линия 38 °C шкалы исходов, — вариант</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>heat-acclimatised</source>
        <extracomment>The fixed words of a variant&apos;s label (:func:`_label`), shown in the chosen language.</extracomment>
        <translation>акклиматизирован к жаре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not acclimatised</source>
        <translation>не акклиматизирован</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same crew</source>
        <translation>тот же экипаж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not heat-acclimatised</source>
        <translation>не акклиматизирован к жаре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.0 met (at rest)</source>
        <translation>1.0 met (в покое)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.4 met (busy at the controls)</source>
        <translation>1.4 met (работа за пультом)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air 0.2 m/s</source>
        <translation>воздух 0.2 м/с</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>crew core over {n} crew assumption sets (2 models)</source>
        <translation>ядро тела экипажа по {n} наборам предположений (2 модели)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shaded band on the crew plot: the crew core over {n} crew assumption sets, both crew models and one assumption changed at a time; the solid curve is the central one. {why}. {summary}</source>
        <translation>Затенённая полоса на графике экипажа: температура ядра тела экипажа по {n} наборам предположений, обе модели экипажа, по одному изменённому предположению; сплошная кривая — центральная. {why}. {summary}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{low} to {high}</source>
        <translation>от «{low}» до «{high}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crew core peak {peak} °C on the central curve ({label}); across both crew models and the physiological assumptions {low}–{high} °C ({span})</source>
        <translation>Пик температуры ядра тела экипажа {peak} °C на центральной кривой ({label}); по обеим моделям экипажа и физиологическим предположениям {low}–{high} °C ({span})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; values at or above {limit} °C are beyond the models&apos; validated range</source>
        <translation>; значения от {limit} °C и выше лежат за пределами проверенного диапазона моделей</translation>
    </message>
    <message>
        <location filename="../thermoviz/analysis/crew_grades.py" line="+110"/>
        <source>{crew} crew reach &quot;{grade}&quot; (core {core} °C or worse) in {pct} % of {n} plausible {vehicle}</source>
        <translation>Экипаж из {crew} чел. достигает уровня «{grade}» (ядро тела {core} °C или хуже) в {pct} % из {n} правдоподобных вариантов {vehicle}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{crew} crew in {pct} %</source>
        <translation>{crew} чел. — в {pct} %</translation>
    </message>
    <message>
        <location filename="../thermoviz/analysis/uncertainty.py" line="+310"/>
        <source>The crew passes 38 °C (stop work) before landing in {pct} % of {n} plausible vehicles</source>
        <extracomment>Whole-number vehicle facts that are not physics to sample (a vehicle has 1, 2 or 3 seats, never 2.4). Samples advanced together (one array run each); progress and cancel act between chunks. Series drawn as bands (those the model has). Limit events counted (the robustness sentence&apos;s words: :data:`_EVENT_SENTENCES`). crew count -&gt; grade id -&gt; share of samples at that grade or worse (:mod:`.crew_grades`) The robustness sentence when a limit event is counted: crew (landing or not) or cabin.</extracomment>
        <translation>Экипаж превышает 38 °C (прекратить работу) до посадки в {pct} % из {n} правдоподобных кораблей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crew passes 38 °C (stop work) in {pct} % of {n} plausible vehicles</source>
        <translation>Экипаж превышает 38 °C (прекратить работу) в {pct} % из {n} правдоподобных кораблей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cabin exceeds its comfort limit in {pct} % of {n} plausible vehicles</source>
        <translation>Кабина выходит за предел комфорта в {pct} % из {n} правдоподобных кораблей</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{crew} crew reach {grade} or worse in {pct} % of {n} plausible vehicles</source>
        <translation>Экипаж из {crew} чел. достигает уровня {grade} или хуже в {pct} % из {n} правдоподобных кораблей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} plausible vehicles simulated</source>
        <translation>Просчитано правдоподобных кораблей: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; the spread is dominated by the {parameter} (rank correlation {r})</source>
        <translation>; разброс определяется прежде всего параметром «{parameter}» (ранговая корреляция {r})</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/uncertainty_bands.py" line="+34"/>
        <source>5–95 % of {n} plausible vehicles</source>
        <extracomment>Opacity (0-255) of a band&apos;s fill. A band row wider than this [px at LEGEND_PT] is broken into two lines: one long row (the crew band&apos;s, 454 px) would otherwise shrink its whole legend to the minimum scale in the 350 px column.</extracomment>
        <translation>5–95 % из {n} правдоподобных кораблей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded: {what}</source>
        <translation>Затенено: {what}</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/param_labels.py" line="+79"/>
        <source>{loop} loop: {parameter}</source>
        <extracomment>Loop parameter -&gt; plain words.</extracomment>
        <translation>контур {loop}: {parameter}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../thermoviz/model/language.py" line="+92"/>
        <source>mm</source>
        <extracomment>A value that is a formatted number (gets the language&apos;s decimal separator when shown). Units shown beside numbers (translate(&quot;Units&quot;, unit) where shown; unknown units pass unchanged).</extracomment>
        <translation>мм</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="-22"/>
        <location filename="../thermoviz/model/language.py" line="+0"/>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/language.py" line="+0"/>
        <source>kPa</source>
        <translation>кПа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>К</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>сут</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_energy.py" line="-14"/>
        <source>MJ</source>
        <translation>МДж</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <location filename="../thermoviz/gui/vehicle/vehicle_editor.py" line="+46"/>
        <source>Copy from</source>
        <extracomment>Tabs of the form, by the start of a parameter&apos;s name (first match wins; the rest: &quot;Vehicle&quot;). Text fields that are one of a fixed set of ids. The form&apos;s fixed texts and tab names, marked for translation (shown through translate).</extracomment>
        <translation>Копия корабля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station air</source>
        <translation>Воздух станции</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heat loads</source>
        <translation>Тепловыделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Приборы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cabin</source>
        <translation>Кабина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Корабль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>пользовательский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shipped</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loop: {title}</source>
        <translation>Контур: {title}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edit vehicle</source>
        <translation>Редактор корабля</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vehicle id</source>
        <translation>Id корабля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-40 lowercase letters, digits or &apos;-&apos;; the file is &lt;id&gt;.toml in {folder}</source>
        <translation>1–40 строчных латинских букв, цифр или «-»; файл — &lt;id&gt;.toml в {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicle title</source>
        <translation>Название корабля</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every number with its unit, where it comes from and its allowed range (hover for the full source). A value outside an estimate&apos;s plausible range is allowed with a warning.</source>
        <translation>Каждое число — с единицей измерения, источником и допустимым диапазоном (наведите указатель, чтобы увидеть источник полностью). Значение вне правдоподобного диапазона оценки допускается с предупреждением.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>id: {id} is already a shipped vehicle; choose another id</source>
        <translation>id: {id} — уже поставляемый корабль; выберите другой id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id: {id} is already another user vehicle; choose another id</source>
        <translation>id: {id} — уже другой корабль пользователя; выберите другой id</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Cannot save: {error}</source>
        <translation>Сохранить нельзя: {error}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Saves {path}</source>
        <translation>Будет сохранено в {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vehicle not saved</source>
        <translation>Корабль не сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vehicle was not saved: {error}</source>
        <translation>Корабль не сохранён: {error}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved vehicle {title} ({id}) and picked it</source>
        <translation>Корабль {title} ({id}) сохранён и выбран</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/vehicle/row_texts.py" line="+35"/>
        <source>&gt; {low} and &lt;= {high}</source>
        <extracomment>Thousands separator of the language (1,000,000 reads 1 000 000 in Russian, 1.000.000 in Spanish). Unit suffixes of field names, left out of the row labels (the unit has its own column).</extracomment>
        <translation>&gt; {low} и &lt;= {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plausible {low} to {high}</source>
        <translation>правдоподобно от {low} до {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed {bounds}</source>
        <translation>допустимо {bounds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; empty = derived / none</source>
        <translation>; пусто = выводится / нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number {bounds}</source>
        <translation>должно быть целым числом {bounds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number {bounds}</source>
        <translation>должно быть числом {bounds}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one printable line of at most {limit} characters</source>
        <translation>должно быть одной печатаемой строкой не длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a finite number {bounds}</source>
        <translation>должно быть конечным числом {bounds}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outside the estimate&apos;s plausible range {low} to {high}{unit}; allowed, saved as a user value</source>
        <translation>вне правдоподобного диапазона оценки {low}–{high}{unit}; допустимо, сохраняется как значение пользователя</translation>
    </message>
</context>
<context>
    <name>Vehicles</name>
    <message>
        <location filename="../thermoviz/gui/window/choices.py" line="+22"/>
        <source>External (radiator) loop</source>
        <extracomment>The shipped vehicles&apos; loop names (a user vehicle&apos;s own names are shown as written).</extracomment>
        <translation>Внешний (радиаторный) контур</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main thermal-control loop</source>
        <translation>Основной контур терморегулирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup radiator loop (RTOd)</source>
        <translation>Резервный радиаторный контур (РТОд)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../thermoviz/gui/theme.py" line="+27"/>
        <source>SAFE</source>
        <extracomment>Banner colours per verdict severity: (background, border, text). Text/background contrast is &gt;= 7:1 (WCAG AAA) for all four.</extracomment>
        <translation>БЕЗОПАСНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INFO</source>
        <translation>СВЕДЕНИЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAUTION</source>
        <translation>ВНИМАНИЕ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DANGER</source>
        <translation>ОПАСНО</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/outcome/verdict.py" line="+41"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} after the puncture</source>
        <translation>через {time} после пробоя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} after the start</source>
        <translation>через {time} после начала</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not survivable as modelled: crew core temperature reaches {level} °C, the heat-stroke danger level,{after}</source>
        <translation>По модели не выжить: температура ядра тела экипажа достигает {level} °C, опасного уровня теплового удара,{after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not survivable as modelled: the cabin wet-bulb temperature reaches {level} °C,{after}; sweat can no longer cool the body</source>
        <translation>По модели не выжить: температура влажного термометра в кабине достигает {level} °C,{after}; пот больше не охлаждает тело</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not acceptable: crew core temperature reaches {level} °C{after}, where performance drops sharply; peak {peak} °C</source>
        <translation>Недопустимо: температура ядра тела экипажа достигает {level} °C{after}, когда работоспособность резко падает; пик {peak} °C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop work: crew core temperature passes {level} °C, the ISO 7933 limit for stopping work in the heat,{after} and peaks at {peak} °C, below the {next} °C where performance drops sharply</source>
        <translation>Прекратить работу: температура ядра тела экипажа превышает {level} °C, предел ISO 7933 для работы в жаре,{after} и достигает пика {peak} °C, ниже {next} °C, где работоспособность резко падает</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hot cabin: the wet-bulb temperature passes {level} °C, the measured limit for young healthy adults; crew core peaks at {peak} °C, below the {limit} °C stop-work limit</source>
        <translation>Жаркая кабина: температура влажного термометра превышает {level} °C, измеренный предел для молодых здоровых взрослых; пик температуры ядра тела экипажа {peak} °C, ниже предела {limit} °C для прекращения работы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crew core peaks at {peak} °C, below the {limit} °C stop-work limit</source>
        <translation>пик температуры ядра тела экипажа {peak} °C, ниже предела {limit} °C для прекращения работы</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The equipment bay passes {limit} °C {since}.</source>
        <translation>Приборный отсек превышает {limit} °C {since}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preliminary (crew model still running): the cabin reaches {peak} °C with the crew aboard.</source>
        <translation>Предварительно (модель экипажа ещё считает): кабина нагревается до {peak} °C с экипажем на борту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cabin peaks at {peak} °C.</source>
        <translation>Пик температуры в кабине {peak} °C.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew safe but hot</source>
        <translation>Экипаж в безопасности, но жарко</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew safe</source>
        <translation>Экипаж в безопасности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe return but a hot cabin</source>
        <translation>Безопасное возвращение, но кабина жаркая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe return</source>
        <translation>Безопасное возвращение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew still aboard at the end of the run</source>
        <translation>Экипаж ещё на борту в конце расчёта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The crew must leave the module.</source>
        <translation>Экипаж должен покинуть модуль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {vehicle} cannot bring {crew} crew home safely.</source>
        <translation>Этот {vehicle} не может безопасно вернуть экипаж из {crew} человек.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This relies on crew values beyond the crew model&apos;s validity range (extrapolated).</source>
        <translation>Это опирается на значения за пределами применимости модели экипажа (экстраполяция).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crew peak lies beyond the crew model&apos;s validity range (extrapolated).</source>
        <translation>Пик экипажа лежит за пределами применимости модели экипажа (экстраполяция).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(the crew lives on the station and is not at risk)</source>
        <translation>(экипаж живёт на станции и вне опасности)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Docked with the hatch open: station air holds the cabin near {temp} °C</source>
        <translation>Пристыкован с открытым люком: воздух станции держит кабину около {temp} °C</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/verdict_banner.py" line="+46"/>
        <source>Crew heat strain (ISO 7933) is being computed; the verdict may still change.</source>
        <translation>Рассчитывается тепловая нагрузка экипажа (ISO 7933); вывод ещё может измениться.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../thermoviz/gui/accessible.py" line="+17"/>
        <source>Left and right arrow keys move the time cursor; the readout under the plots reads every value at the cursor. Ctrl+M: the survivability map.</source>
        <translation>Клавиши «влево» и «вправо» двигают курсор времени; показания под графиками дают все значения в момент курсора. Ctrl+M: карта выживаемости.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plots on one time axis: {caption}.</source>
        <translation>Графики на одной оси времени: {caption}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values at the time cursor</source>
        <translation>Значения в момент курсора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every quantity at the time cursor, in the same order as the plots&apos; legends.</source>
        <translation>Все величины в момент курсора, в том же порядке, что и в легендах графиков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time plots (Ctrl+T) or the survivability map (Ctrl+M).</source>
        <translation>Графики по времени (Ctrl+T) или карта выживаемости (Ctrl+M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} through the views&apos; tabs</source>
        <translation>{name} по вкладкам видов</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../thermoviz/gui/schematic/schematic_dock.py" line="-167"/>
        <source>Loop schematic</source>
        <translation>Схема контура</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The coolant loop, cabin, crew and equipment bay at the time cursor, with the heat flows between them.</source>
        <translation>Контур теплоносителя, кабина, экипаж и приборный отсек в момент курсора, с тепловыми потоками между ними.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survivability map</source>
        <translation>Карта выживаемости</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colours every pair of the two chosen inputs by the crew margin at landing, with the survivable boundary for 1, 2 and 3 crew and the current scenario starred. The sentences under it give the safe limits in words.</source>
        <translation>Окрашивает каждую пару двух выбранных параметров по запасу экипажа при посадке, с границей выживания для экипажа из 1, 2 и 3 человек; текущий сценарий отмечен звёздочкой. Предложения под картой называют безопасные пределы словами.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/language_menu.py" line="+19"/>
        <source>The new language shows when thermoviz starts again.</source>
        <translation>Новый язык появится при следующем запуске thermoviz.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/main_window.py" line="-195"/>
        <source>Scenario</source>
        <extracomment>After a control edit the crew heat strain job starts this much later: the fast frame is painted first without the worker competing for the GIL and the CPU, and while a slider is dragged only the value the user stops at is computed. Preferred width of the controls dock [px]: enough for every control, and on a 1024 px wide projector it leaves the plots about two thirds of the window. Emitted (with the Result) after a result is drawn, and again when crew strain arrives. QSettings to remember the window and the scenario in (None: remember nothing).</extracomment>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/accessible.py" line="-20"/>
        <location filename="../thermoviz/gui/window/main_window.py" line="+27"/>
        <source>Time plots</source>
        <translation>Графики по времени</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/main_window.py" line="+2"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/crew_band_view.py" line="+21"/>
        <source>Crew band: running both crew models and the crew assumptions…</source>
        <translation>Полоса экипажа: расчёт по обеим моделям и допущениям об экипаже…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew band not available: {message}</source>
        <translation>Полоса экипажа недоступна: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crew curve under both crew models (PHS, JOS-3) and the spread of the physiological assumptions: acclimatised or not, 1.0-1.4 met, air speed, clothing (View ▸ Crew band)</source>
        <translation>Кривая экипажа по обеим моделям (PHS, JOS-3) и разброс физиологических допущений: акклиматизирован или нет, 1,0–1,4 мет, скорость воздуха, одежда (Вид ▸ Полоса экипажа)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Crew band:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Полоса экипажа:&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crew band: no crew rides in this scenario.</source>
        <translation>Полоса экипажа: в этом сценарии экипажа на борту нет.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/uncertainty_view.py" line="+30"/>
        <source>Uncertainty: running plausible vehicles…</source>
        <extracomment>Sampled vehicles per band (the engine&apos;s benchmark: 200 in about a second). Worker name, what the label says while running, its tooltip (a subclass draws another band).</extracomment>
        <translation>Неопределённость: расчёт правдоподобных кораблей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty not available: {message}</source>
        <translation>Неопределённость недоступна: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robustness of the verdict: the scenario run over plausible values of every vehicle parameter that is an estimate (View ▸ Uncertainty)</source>
        <translation>Устойчивость вывода: сценарий, рассчитанный по правдоподобным значениям всех оценочных параметров корабля (Вид ▸ Неопределённость)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;b&gt;Uncertainty:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Неопределённость:&lt;/b&gt; </translation>
    </message>
</context>
</TS>
