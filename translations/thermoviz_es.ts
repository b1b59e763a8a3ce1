<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../thermoviz/gui/window/actions.py" line="+81"/>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save scenario</source>
        <translation>&amp;Guardar escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save scenario &amp;as…</source>
        <translation>Guardar escenario &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard as PNG {scale}×…</source>
        <translation>Gráficos en PNG {scale}×…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard as SVG (vector)…</source>
        <translation>Gráficas en SVG (vectorial)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>Datos en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout for a class (one A4 page)…</source>
        <translation>Hoja para la clase (una página A4)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy figure</source>
        <translation>&amp;Copiar figura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pin as reference (compare)</source>
        <translation>&amp;Fijar como referencia (comparar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the current curves, faded, while you change the scenario or load another preset: e.g. pin the nominal MS-23 return, then load MS-22.</source>
        <translation>Mantiene las curvas actuales, atenuadas, mientras cambia el escenario o carga otro: p. ej., fije el regreso nominal de la MS-23 y luego cargue la MS-22.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear reference</source>
        <translation>&amp;Quitar referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presentation mode (full screen, plots only)</source>
        <translation>Modo &amp;presentación (pantalla completa, solo gráficas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a projector: full screen, controls and status bar hidden. F11 or Esc returns.</source>
        <translation>Para un proyector: pantalla completa, sin controles ni barra de estado. F11 o Esc para volver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates need the scenario&apos;s start time (historic presets have one).</source>
        <translation>Las fechas necesitan la hora de inicio del escenario (los escenarios históricos la tienen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported &amp;timeline markers</source>
        <translation>Marcas de la &amp;cronología publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grey diamonds along the top: what was reported to have happened, with sources.</source>
        <translation>Rombos grises arriba: lo que se informó que ocurrió, con fuentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in (time)</source>
        <translation>&amp;Acercar (tiempo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out (time)</source>
        <translation>A&amp;lejar (tiempo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to return flight</source>
        <translation>&amp;Ajustar al regreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show undocking − 0.5 h to landing + 0.5 h (exports show the same window).</source>
        <translation>Muestra del desacople − 0,5 h al aterrizaje + 0,5 h (las exportaciones muestran la misma ventana).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported &amp;timeline…</source>
        <translation>&amp;Cronología publicada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sources…</source>
        <translation>&amp;Fuentes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where every fact comes from, with its confidence: the page lessons and presets cite as &quot;Sources §1.1&quot; (readable offline)</source>
        <translation>De dónde viene cada dato y cuán seguro es: la página que las lecciones y los escenarios predefinidos citan como «Sources §1.1» (se lee sin conexión)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew &amp;grades…</source>
        <translation>&amp;Niveles de la tripulación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four crew grades (stop work 38 °C, not acceptable 39 °C, not survivable 40 °C or wet-bulb 35 °C) and why these lines, for a teacher</source>
        <translation>Los cuatro niveles de la tripulación (dejar de trabajar 38 °C, inaceptable 39 °C, no sobrevivible 40 °C o bulbo húmedo 35 °C) y por qué esos umbrales, para el docente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Explain: click any part of the window</source>
        <translation>&amp;Explicar: haga clic en cualquier parte de la ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then click any curve, legend entry, axis, limit line, event or the verdict for its explanation.</source>
        <translation>Luego haga clic en cualquier curva, entrada de leyenda, eje, línea límite, evento o en el veredicto para ver su explicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About thermoviz</source>
        <translation>&amp;Acerca de thermoviz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slide 16:9 ({width}×{height})…</source>
        <translation>Diapositiva 16:9 ({width}×{height})…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, verdict, the shown plots and a legend under them, type sized for a projector</source>
        <translation>Título, veredicto, los gráficos mostrados y una leyenda debajo, con letra para proyector</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Animation (GIF/MP4)…</source>
        <translation>&amp;Animación (GIF/MP4)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loop schematic played over the run, as an animated GIF or MP4 video for slides.</source>
        <translation>El esquema del circuito reproducido a lo largo de la simulación, como GIF animado o vídeo MP4 para diapositivas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure &amp;contents…</source>
        <translation>&amp;Contenido de la figura…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the plots, curves and limit lines the figure and every export show</source>
        <translation>Elija los gráficos, curvas y líneas límite que muestran la figura y todas las exportaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map as {kind}…</source>
        <translation>Mapa en {kind}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crew-grade map of the Map tab (image, 1600×1000)</source>
        <translation>El mapa de niveles de la tripulación de la pestaña Mapa (imagen, 1600×1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crew-grade map of the Map tab (vector)</source>
        <translation>El mapa de niveles de la tripulación de la pestaña Mapa (vectorial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crew-grade map of the Map tab (one row per cell)</source>
        <translation>El mapa de niveles de la tripulación de la pestaña Mapa (una fila por celda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew-grade &amp;map</source>
        <translation>&amp;Mapa del estado de la tripulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which inputs keep the crew below a grade, as a map of the current scenario (a tab beside the time plots)</source>
        <translation>Qué valores mantienen a la tripulación por debajo de un nivel, como mapa del escenario actual (una pestaña junto a los gráficos temporales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uncertainty (5–95 % bands)</source>
        <translation>&amp;Incertidumbre (bandas 5–95 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the scenario over plausible values of the vehicle&apos;s estimated parameters: bands behind the cabin, equipment and crew curves, and how robust the verdict is</source>
        <translation>Simula el escenario con valores plausibles de los parámetros estimados de la nave: bandas detrás de las curvas de cabina, equipos y tripulación, y cuán robusto es el veredicto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rew band (both crew models)</source>
        <translation>Banda de la t&amp;ripulación (ambos modelos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the crew under both crew models (PHS, JOS-3) and the spread of the physiological assumptions: a band behind the crew curve, the central curve named</source>
        <translation>Simula la tripulación con ambos modelos (PHS, JOS-3) y la dispersión de los supuestos fisiológicos: una banda detrás de la curva de la tripulación, con la curva central indicada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time plots</source>
        <translation>&amp;Gráficas en el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit vehicle…</source>
        <translation>&amp;Editar nave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a vehicle, change any of its parameters and save it as your own vehicle.</source>
        <translation>Copie una nave, cambie cualquiera de sus parámetros y guárdela como nave propia.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export this plot as PNG {scale}×…</source>
        <extracomment>Right-click menu of each plot: (id, title, callback(window, plot_key)).</extracomment>
        <translation>Exportar este gráfico como PNG {scale}×…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this plot as SVG…</source>
        <translation>Exportar esta gráfica en SVG…</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/time_axis.py" line="+32"/>
        <source>Hours since the puncture</source>
        <translation>Horas desde la perforación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours since the start of the run</source>
        <translation>Horas desde el inicio de la simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time (UTC)</source>
        <translation>Fecha y hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time (Moscow time)</source>
        <translation>Fecha y hora (hora de Moscú)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../thermoviz/gui/analysis_worker.py" line="+106"/>
        <source>it ran past its time budget of {seconds} s and was stopped</source>
        <extracomment>The kinds of answer that end a job.</extracomment>
        <translation>superó su tiempo máximo de {seconds} s y se detuvo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the analysis process stopped unexpectedly; try again</source>
        <translation>el proceso de análisis se detuvo inesperadamente; vuelva a intentarlo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>it ran past its time budget of {seconds} s; ask for a smaller grid or fewer samples</source>
        <extracomment>The worker process&apos;s own failure (it has no language): worded again here, in the window&apos;s.</extracomment>
        <translation>superó su tiempo máximo de {seconds} s; pida una cuadrícula más pequeña o menos muestras</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../thermoviz/cli_lang.py" line="+13"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los argumentos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../thermoviz/cli.py" line="+63"/>
        <source>What a coolant-loop puncture does to a spacecraft and its crew (Soyuz MS-22, Progress MS-21, Nauka). Without a command, opens the desktop app.</source>
        <extracomment>``--time-axis`` values: the keys of thermoviz.figure.time_axis.MODES (not imported here: the CLI starts without Qt; a test keeps the two equal). ``--units`` values (the keys of thermoviz.model.units.TEMP_UNITS; a test keeps them equal). ``--lang`` values (the keys of thermoviz.io.translations.LANGUAGES; a test keeps them equal).</extracomment>
        <translation>Qué hace una perforación del circuito de refrigeración a una nave y a su tripulación (Soyuz MS-22, Progress MS-21, Nauka). Sin orden, abre la aplicación de escritorio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>simulate a preset or scenario file and print a summary</source>
        <translation>simular un escenario predefinido o un archivo de escenario e imprimir un resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate SCENARIO (a preset id from `thermoviz presets` or a .toml scenario file).</source>
        <translation>Simula SCENARIO (el id de un escenario predefinido de `thermoviz presets` o un archivo de escenario .toml).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../thermoviz/cli_analysis.py" line="+48"/>
        <location line="+22"/>
        <source>preset id or path of a .toml scenario file</source>
        <translation>id de escenario predefinido o ruta de un archivo de escenario .toml</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change one field (repeatable), e.g. --set hole_diameter_mm=2 --set undock_time_h=none; fields: {fields}, undock_after_puncture_h (hours from the puncture to undock)</source>
        <translation>cambiar un campo (repetible), p. ej. --set hole_diameter_mm=2 --set undock_time_h=none; campos: {fields}, undock_after_puncture_h (horas de la perforación al desacople)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print one JSON object instead of the summary (numbers in SI units whatever --units says)</source>
        <translation>imprimir un objeto JSON en lugar del resumen (números en unidades SI, diga lo que diga --units)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print nothing on success (for scripts that only write files); errors still go to stderr</source>
        <translation>no imprimir nada si todo va bien (para scripts que solo escriben archivos); los errores siguen yendo a stderr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write every series (units in the header) to a CSV file</source>
        <translation>escribir todas las series (unidades en la cabecera) en un archivo CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>script (default): metadata as &apos;# &apos; comment lines, then the table; spreadsheet: header on row 1, UTF-8 BOM, metadata in two columns beside the table</source>
        <translation>script (por defecto): metadatos como líneas de comentario &apos;# &apos; y luego la tabla; spreadsheet: cabecera en la fila 1, UTF-8 con BOM, metadatos en dos columnas junto a la tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>figure and report export (headless)</source>
        <translation>exportación de figuras e informe (sin ventana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the dashboard as a PNG image</source>
        <translation>escribir los gráficos como imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the dashboard as an SVG (vector) image</source>
        <translation>escribir los gráficos como imagen SVG (vectorial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a PDF report (several A4 pages: summary tables, the figure, assumptions and sources)</source>
        <translation>escribir un informe PDF (varias páginas A4: tablas de resumen, la figura, supuestos y fuentes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a one-page A4 handout for a class (PDF: title, the verdict in plain words, one figure, five key numbers, three questions)</source>
        <translation>escribir una hoja A4 para la clase (PDF: título, el veredicto en palabras sencillas, una figura, cinco números clave, tres preguntas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG scale factor: 1, 2 or 4 (default 1)</source>
        <translation>factor de escala del PNG: 1, 2 o 4 (por defecto 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time axis of the figures: hours since the puncture (default), since the start, or date and time in UTC / Moscow time (scenarios with a start time)</source>
        <translation>eje de tiempo de las figuras: horas desde la perforación (por defecto), desde el inicio, o fecha y hora en UTC / hora de Moscú (escenarios con hora de inicio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also draw this preset or .toml scenario, faded, in the figures (as View &gt; Pin as reference), aligned at undock, else at the puncture</source>
        <translation>dibujar también este escenario predefinido o .toml, atenuado, en las figuras (como Ver &gt; Fijar como referencia), alineado en el desacople o, si no, en la perforación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list the historic presets (id, title, description)</source>
        <translation>listar los escenarios históricos (id, título, descripción)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print every preset with its reported timeline and sources as JSON</source>
        <translation>imprimir cada escenario con su cronología documentada y sus fuentes en JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open the desktop app (the default)</source>
        <translation>abrir la aplicación de escritorio (por defecto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preset id or .toml file to open</source>
        <translation>id de escenario predefinido o archivo .toml que abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save a PNG of the window and quit (for docs/tests)</source>
        <translation>guardar un PNG de la ventana y salir (para documentación y pruebas)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>temperatures in the summary, CSV headers, figures and PDF: C (default) or F; inputs, scenario files and --json stay in °C. In the app: View &gt; Units (remembered)</source>
        <translation>temperaturas del resumen, las cabeceras CSV, las figuras y el PDF: C (por defecto) o F; las entradas, los archivos de escenario y --json quedan en °C. En la aplicación: Ver &gt; Unidades (se recuerda)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language of the window and the text summary: en, ru or es (default: the system locale; in the app also View &gt; Language)</source>
        <translation>idioma de la ventana y del resumen de texto: en, ru o es (por defecto, el del sistema; en la aplicación también Ver &gt; Idioma)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Crew band: {summary} {why}.</source>
        <translation>Banda de la tripulación: {summary} {why}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../thermoviz/cli_analysis.py" line="+135"/>
        <location filename="../thermoviz/cli_lesson.py" line="+113"/>
        <source>Wrote {path}</source>
        <translation>Escrito {path}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_analysis.py" line="-162"/>
        <source>change one field of the scenario first (repeatable); fields: {fields}</source>
        <extracomment>The boundary grades and the default one (:mod:`thermoviz.model.outcome.grades`; not imported here, so the parser starts without numpy; a test keeps them equal). The map metrics (:data:`thermoviz.analysis.metrics.METRICS`; a test keeps the two equal). Most points on one map axis (the engine&apos;s own limit).</extracomment>
        <translation>cambiar antes un campo del escenario (repetible); campos: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>survivability map: a metric over two inputs</source>
        <translation>mapa de supervivencia: una métrica sobre dos entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate a metric over a grid of two inputs of SCENARIO (batched: the loop, cabin and crew models for all cells at once).</source>
        <translation>Evalúa una métrica sobre una malla de dos entradas de SCENARIO (por lotes: los modelos del circuito, la cabina y la tripulación para todas las celdas a la vez).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>horizontal axis: field, range and points (default {points}); fields: {fields}</source>
        <translation>eje horizontal: campo, intervalo y puntos (por defecto {points}); campos: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertical axis, as --x</source>
        <translation>eje vertical, como --x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of {metrics} (default margin_to_GRADE_k: kelvin below --grade)</source>
        <translation>uno de {metrics} (por defecto margin_to_GRADE_k: kelvin por debajo de --grade)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the crew grade whose boundary is drawn: one of {grades} (default {default}, core 39 °C)</source>
        <translation>el nivel de la tripulación cuyo límite se dibuja: uno de {grades} (por defecto {default}, núcleo 39 °C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also draw the boundary of --grade for every crew count (1 to the seats)</source>
        <translation>dibujar también el límite de --grade para cada número de tripulantes (de 1 a los asientos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write one row per cell (units in the header)</source>
        <translation>escribir una fila por celda (unidades en la cabecera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the map as a 1600 x 1000 PNG</source>
        <translation>escribir el mapa como PNG de 1600 x 1000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the map as SVG</source>
        <translation>escribir el mapa como SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the map as one JSON object</source>
        <translation>imprimir el mapa como un objeto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limit of one input (largest hole, latest undock, most crew) for a crew grade</source>
        <translation>límite de una entrada (orificio más grande, desacople más tardío, más tripulantes) para un nivel de la tripulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find, by bisection on single simulations, the value of FIELD at which the crew of SCENARIO reaches GRADE (default not_acceptable: core 39 °C).</source>
        <translation>Busca, por bisección sobre simulaciones individuales, el valor de FIELD con el que la tripulación de SCENARIO alcanza GRADE (por defecto not_acceptable: núcleo 39 °C).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the input to search; one of {fields}</source>
        <translation>la entrada que se busca; una de {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crew aboard for the search (default: the scenario&apos;s)</source>
        <translation>tripulantes a bordo para la búsqueda (por defecto, los del escenario)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the crew grade to stay below: one of {grades} (default {default}, core 39 °C)</source>
        <translation>el nivel de la tripulación por debajo del que mantenerse: uno de {grades} (por defecto {default}, núcleo 39 °C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print value, grade, crew, field, unit and bracket as JSON</source>
        <translation>imprimir valor, nivel, tripulación, campo, unidad e intervalo de búsqueda en JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also run N plausible vehicles (Latin hypercube over the estimates&apos; ranges): 5-95 %% bands, share reaching each limit, dominant parameter</source>
        <translation>simular también N naves plausibles (hipercubo latino sobre los intervalos de las estimaciones): bandas del 5-95 %%, fracción que alcanza cada límite, parámetro dominante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also run both crew models (phs, jos3) and the spread of the crew assumptions (acclimatised, 1.0-1.4 met, air speed, clothing): a band on the crew plot, one sentence, crew_band in --json (a second or two)</source>
        <translation>simular también los dos modelos de tripulación (phs, jos3) y la dispersión de los supuestos sobre la tripulación (aclimatación, 1,0-1,4 met, velocidad del aire, ropa): una banda en el gráfico de la tripulación, una frase, crew_band en --json (un segundo o dos)</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>On the safe side of the colour scale ({crew} crew): {share} of the cells</source>
        <translation>En el lado seguro de la escala de color ({crew} tripulantes): {share} de las celdas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{crew} crew: {share} of the cells below &quot;{grade}&quot;</source>
        <translation>{crew} tripulantes: {share} de las celdas por debajo de «{grade}»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(grade {grade}, the default; --grade {grades} asks another)</source>
        <translation>(nivel {grade}, el predeterminado; --grade {grades} pide otro)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Uncertainty ({count} plausible vehicles): {sentence}</source>
        <translation>Incertidumbre ({count} naves plausibles): {sentence}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crew grades over the same vehicles: {sentence}.</source>
        <translation>Niveles de la tripulación sobre las mismas naves: {sentence}.</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_animation.py" line="+28"/>
        <source>playback animation (headless)</source>
        <translation>animación de la reproducción (sin ventana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the loop schematic over the run as an animated GIF</source>
        <translation>escribir el esquema del circuito a lo largo de la simulación como GIF animado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the loop schematic over the run as an MP4 video (H.264)</source>
        <translation>escribir el esquema del circuito a lo largo de la simulación como vídeo MP4 (H.264)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>animation frame size in pixels, even numbers (default {size})</source>
        <translation>tamaño del fotograma de la animación en píxeles, números pares (por defecto {size})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>animation frames per second (default {fps})</source>
        <translation>fotogramas por segundo de la animación (por defecto {fps})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of animation frames, spread evenly over the run (default {frames})</source>
        <translation>número de fotogramas de la animación, repartidos por igual en la simulación (por defecto {frames})</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_lesson.py" line="-79"/>
        <source>list the guided lessons and their steps</source>
        <translation>listar las lecciones guiadas y sus pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the guided lessons (assets/lessons) and their steps, or show one step with its scenario simulated and the model&apos;s numbers filled in. Format of a lesson file: docs/lessons.md.</source>
        <translation>Lista las lecciones guiadas (assets/lessons) y sus pasos, o muestra un paso con su escenario simulado y los números del modelo rellenados. Formato de un archivo de lección: docs/lessons.md.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lesson id (see `thermoviz lesson`) or the path of a lesson .toml file</source>
        <translation>id de la lección (ver `thermoviz lesson`) o ruta de un archivo de lección .toml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show step N (1 = first) with its scenario simulated</source>
        <translation>mostrar el paso N (1 = el primero) con su escenario simulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print JSON instead of text</source>
        <translation>imprimir JSON en lugar de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with --step: write the step as a 16:9 slide PNG (its scenario, window, cursor and highlight; title = step title)</source>
        <translation>con --step: escribir el paso como diapositiva PNG 16:9 (su escenario, ventana, cursor y resaltado; título = título del paso)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the whole lesson as a 16:9 slide deck: PATH.pdf or PATH.pptx (editable text); a question and an answer slide per predict step</source>
        <translation>escribir la lección entera como presentación 16:9: PATH.pdf o PATH.pptx (texto editable); una diapositiva de pregunta y otra de respuesta por cada paso de predicción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slide pixels for --png: 1920x1080 (default) or 3840x2160</source>
        <translation>píxeles de la diapositiva para --png: 1920x1080 (por defecto) o 3840x2160</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>lesson left out: {reason}</source>
        <translation>lección omitida: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>({count} steps)</source>
        <translation>({count} pasos)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Wrote {path} ({count} slides)</source>
        <translation>Escrito {path} ({count} diapositivas)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{lesson}: step {number} of {count}</source>
        <translation>{lesson}: paso {number} de {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predict first: {question}</source>
        <translation>Primero, predice: {question}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reveal: {reveal}</source>
        <translation>Respuesta: {reveal}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View ({words}): {low} to {high} h, cursor at {cursor} h{when}; plots {plots}; highlight {highlight}</source>
        <translation>Vista ({words}): de {low} a {high} h, cursor en {cursor} h{when}; gráficos {plots}; resaltado {highlight}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario: {command}</source>
        <translation>Escenario: {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_odds.py" line="+23"/>
        <source>how likely a radiator puncture is (meteoroid and debris flux models)</source>
        <translation>qué probabilidad hay de perforar un radiador (modelos de flujo de meteoroides y basura espacial)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected radiator punctures of VEHICLE and the chance of at least one, as a band (low, central, high), from the Grün meteoroid flux (ECSS) and the NASA 91 debris model; also the fleet question: three leaks at the station in eleven months.</source>
        <translation>Perforaciones esperadas del radiador de VEHICLE y la probabilidad de al menos una, como banda (baja, central, alta), según el flujo de meteoroides de Grün (ECSS) y el modelo de basura NASA 91; también la pregunta de la flota: tres fugas en la estación en once meses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vehicle id (see `thermoviz vehicles`), e.g. soyuz-ms</source>
        <translation>id de la nave (ver `thermoviz vehicles`), p. ej. soyuz-ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days exposed (default {days}, a 6-month mission)</source>
        <translation>días de exposición (por defecto {days}, una misión de 6 meses)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count only holes at least this wide [mm] (default 0: any puncture); MS-22&apos;s was 0.8</source>
        <translation>contar solo orificios de al menos este ancho [mm] (por defecto 0: cualquier perforación); el de la MS-22 fue de 0,8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON object (bands, inputs, sources)</source>
        <translation>imprimir un objeto JSON (bandas, entradas, fuentes)</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_slide.py" line="+25"/>
        <source>slide export (16:9, headless)</source>
        <translation>exportación de diapositiva (16:9, sin ventana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a 16:9 slide PNG: title, verdict, plots, legend below</source>
        <translation>escribir una diapositiva PNG 16:9: título, veredicto, gráficos, leyenda debajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slide pixels: 1920x1080 (default) or 3840x2160</source>
        <translation>píxeles de la diapositiva: 1920x1080 (por defecto) o 3840x2160</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plots on the slide or figures (--png/--svg/--pdf), comma-separated, from {plots}</source>
        <translation>gráficos de la diapositiva o de las figuras (--png/--svg/--pdf), separados por comas, de entre {plots}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time window start of the slide, figures and animation [h since the puncture; since the start with --time-axis start or without a puncture]</source>
        <translation>inicio de la ventana de tiempo de la diapositiva, las figuras y la animación [h desde la perforación; desde el inicio con --time-axis start o sin perforación]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time window end of the slide, figures and animation [h since the puncture; since the start with --time-axis start or without a puncture]</source>
        <translation>fin de la ventana de tiempo de la diapositiva, las figuras y la animación [h desde la perforación; desde el inicio con --time-axis start o sin perforación]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slide title (default: the scenario&apos;s title)</source>
        <translation>título de la diapositiva (por defecto, el del escenario)</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_vehicle.py" line="+29"/>
        <source>fly the scenario with the vehicle in this vehicle .toml file (same format as the shipped ones; write one with Vehicle &gt; Edit vehicle… in the window)</source>
        <translation>simular el escenario con la nave de este archivo de nave .toml (el mismo formato que las incluidas; cree uno con Nave &gt; Editar nave… en la ventana)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>list the shipped vehicles and your own</source>
        <translation>listar las naves incluidas y las suyas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the shipped vehicles and the user vehicles of your data folder (or $THERMOVIZ_DATA_DIR), with their loops; --json adds every parameter with unit, source and confidence.</source>
        <translation>Lista las naves incluidas y las naves de usuario de su carpeta de datos (o $THERMOVIZ_DATA_DIR), con sus circuitos; --json añade cada parámetro con su unidad, fuente y confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print every vehicle and its parameters as JSON</source>
        <translation>imprimir cada nave y sus parámetros en JSON</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>({origin}, {kind}; loops: {loops})</source>
        <translation>({origin}, {kind}; circuitos: {loops})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User vehicles folder: {folder}</source>
        <translation>Carpeta de naves de usuario: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: {reason}</source>
        <translation>Omitida: {reason}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_odds_text.py" line="+17"/>
        <source>{central} (range {low} to {high})</source>
        <translation>{central} (intervalo de {low} a {high})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>any puncture</source>
        <translation>cualquier perforación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holes of {mm} mm or more</source>
        <translation>orificios de {mm} mm o más</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{hole} in its radiator ({area} m², range {low}-{high}, {confidence}), {days} days at {km} km</source>
        <translation>{hole} en su radiador ({area} m², intervalo {low}-{high}, {confidence}), {days} días a {km} km</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected punctures:      {band}</source>
        <translation>perforaciones esperadas:      {band}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chance of at least one:  about {central} (range {low} to {high})</source>
        <translation>probabilidad de al menos una:  alrededor de {central} (intervalo de {low} a {high})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from meteoroids {meteoroids}, from orbital debris {debris} (central)</source>
        <translation>de meteoroides {meteoroids}, de basura orbital {debris} (central)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smallest particle making such a hole: {central} mm ({low}-{high})</source>
        <translation>partícula más pequeña que hace un orificio así: {central} mm ({low}-{high})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three leaks at the station in eleven months ({days} days, Dec 2022 - Oct 2023):</source>
        <translation>Tres fugas en la estación en once meses ({days} días, dic. 2022 - oct. 2023):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} at a time × {area} m² × {days} days</source>
        <translation>{count} a la vez × {area} m² × {days} días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected punctures: {band}; chance of 3 or more: about {central} (range {low} to {high})</source>
        <translation>perforaciones esperadas: {band}; probabilidad de 3 o más: alrededor de {central} (intervalo de {low} a {high})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reality check: ~{flights} Soyuz and Progress flights to the ISS, 2000-2022, ~{days} days each: the model expects {band} radiator punctures; {leaks} were seen ({reading}).</source>
        <translation>Contraste con la realidad: ~{flights} vuelos de Soyuz y Progress a la EEI, 2000-2022, ~{days} días cada uno: el modelo espera {band} perforaciones del radiador; se vieron {leaks} ({reading}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every input is an estimate with a range (see --json and docs/sources.md §8). Sources:</source>
        <translation>Cada entrada es una estimación con un intervalo (ver --json y docs/sources.md §8). Fuentes:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from none</source>
        <translation>desde cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is it getting worse? Expected punctures for the same stay by year ({steps}; {change} from {first} to {last}): only the debris model grows (NASA 91, extrapolated past 2011).</source>
        <translation>¿Va a peor? Perforaciones esperadas para la misma estancia por año ({steps}; {change} de {first} a {last}): solo crece el modelo de basura (NASA 91, extrapolado después de 2011).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>below the band: the real radiators are tougher than even its low end</source>
        <translation>por debajo de la banda: los radiadores reales son más resistentes que incluso su extremo bajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between the low end and the centre: the real radiators sit on the tough side</source>
        <translation>entre el extremo bajo y el centro: los radiadores reales están del lado resistente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between the centre and the high end</source>
        <translation>entre el centro y el extremo alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the band: the model underestimates the danger</source>
        <translation>por encima de la banda: el modelo subestima el peligro</translation>
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
        <translation>Traje Sokol, ventiladores encendidos (aire de cabina)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sokol KV-2 worn for the return with its blower pushing cabin air through the suit (150 L/min, docs/sources.md §2.1: confirmed). Estimate: treated as permeable work clothing of 0.6 clo (PHS default i_mst 0.38) in still cabin air (0.1 m/s): the blower only brings the cabin&apos;s own air, so it cannot cool below what that air allows</source>
        <translation>Sokol KV-2 llevado en el regreso, con su ventilador impulsando aire de la cabina a través del traje (150 L/min, docs/sources.md §2.1: confirmado). Estimación: tratado como ropa de trabajo permeable de 0,6 clo (i_mst 0,38 por defecto de PHS) en aire de cabina quieto (0,1 m/s): el ventilador solo trae el propio aire de la cabina, así que no puede enfriar más de lo que ese aire permite</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sokol suit, fans off</source>
        <translation>Traje Sokol, ventiladores apagados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sokol KV-2 with no ventilation: a rubberised pressure layer under the canvas holds in sweat vapour; estimate 1.0 clo (upper PHS limit) and i_mst 0.10 (vapour-tight protective clothing). NPP Zvezda allows ≤1 h helmet open at +25 °C, ≤15 min helmet closed (confirmed)</source>
        <translation>Sokol KV-2 sin ventilación: una capa de presión engomada bajo la lona retiene el vapor del sudor; estimación 1,0 clo (límite superior de PHS) e i_mst 0,10 (ropa protectora impermeable al vapor). NPP Zvezdá permite ≤1 h con el casco abierto a +25 °C, ≤15 min con el casco cerrado (confirmado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flight clothing (no suit)</source>
        <translation>Ropa de vuelo (sin traje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light cotton flight overalls as worn on the station: 0.5 clo (ISO 9920 light work clothing, from memory), PHS default i_mst 0.38, still air 0.1 m/s; estimate</source>
        <translation>Mono de vuelo ligero de algodón, como el usado en la estación: 0,5 clo (ISO 9920, ropa de trabajo ligera, de memoria), i_mst 0,38 por defecto de PHS, aire quieto 0,1 m/s; estimación</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../thermoviz/model/limits.py" line="+76"/>
        <source>confirmed</source>
        <extracomment>The confidence words of the limits, marked for translation (shown through translate(&quot;Confidence&quot;, ...)).</extracomment>
        <translation>confirmado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported once</source>
        <translation>informado una vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from memory</source>
        <translation>de memoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/vehicle/row_texts.py" line="+70"/>
        <source>user</source>
        <extracomment>A value the user set (``vehicle_file.edited_provenance``); the other words are the limits&apos; own.</extracomment>
        <translation>del usuario</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../thermoviz/gui/window/controls.py" line="+53"/>
        <source>Historic preset</source>
        <extracomment>Emitted (with the preset id) when a preset is picked, just before scenario_changed. A plain-language note of what a vehicle or loop switch changed to fit (one undo step). A typed value was refused (one line naming the field and the allowed range).</extracomment>
        <translation>Escenario histórico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preset</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a historic scenario (replaces every setting below).</source>
        <translation>Carga un escenario histórico (reemplaza todos los ajustes de abajo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+185"/>
        <source>Reset to preset</source>
        <translation>Volver al escenario</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Undo every change since the preset (or scenario file) was loaded.</source>
        <translation>Deshace todos los cambios desde que se cargó el escenario (o el archivo de escenario).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vehicle and leak</source>
        <translation>Nave y fuga</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Vehicle</source>
        <translation>Nave</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+2"/>
        <source>Punctured loop</source>
        <translation>Circuito perforado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cd range the record allows</source>
        <translation>Rango de Cd que permite el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hole diameter [mm]</source>
        <translation>Diámetro del orificio [mm]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discharge coeff. Cd</source>
        <translation>Coef. de descarga Cd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puncture at [h]</source>
        <translation>Perforación a las [h]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew and timing</source>
        <translation>Tripulación y tiempos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stays docked</source>
        <translation>Sigue acoplada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle value</source>
        <translation>Valor de la nave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hatch to the station open</source>
        <translation>Escotilla a la estación abierta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Crew</source>
        <translation>Tripulación</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Crew clothing</source>
        <translation>Ropa de la tripulación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undock at [h]</source>
        <translation>Desacople a las [h]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undock → landing [h]</source>
        <translation>Desacople → aterrizaje [h]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crew wears</source>
        <translation>Ropa de la tripulación</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Crew model</source>
        <translation>Modelo de la tripulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated span [h]</source>
        <translation>Duración simulada [h]</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Custom: {title}</source>
        <translation>Personalizado: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom scenario</source>
        <translation>Escenario personalizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scenario that is not one of the presets.</source>
        <translation>Un escenario que no es uno de los predefinidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to loaded scenario</source>
        <translation>Restablecer el escenario cargado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vehicle value (none)</source>
        <translation>Valor de la nave (ninguno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle value ({hours} h)</source>
        <translation>Valor de la nave ({hours} h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Switched to {vehicle}: {changes} (Ctrl+Z undoes it).</source>
        <translation>Cambiado a {vehicle}: {changes} (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+51"/>
        <source>No leak</source>
        <translation>Sin fuga</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/scenario_text.py" line="+79"/>
        <source>Title and description</source>
        <translation>Título y descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario title</source>
        <translation>Título del escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown in the title bar, saved with the scenario, and printed on the PDF report and exported figures. Enter applies it (undo: Ctrl+Z).</source>
        <translation>Se muestra en la barra de título, se guarda con el escenario y se imprime en el informe PDF y en las figuras exportadas. Intro lo aplica (deshacer: Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenario description</source>
        <translation>Descripción del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this scenario shows</source>
        <translation>Qué muestra este escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved with the scenario and printed on the PDF report. Applied when you leave the box (undo: Ctrl+Z).</source>
        <translation>Se guarda con el escenario y se imprime en el informe PDF. Se aplica al salir del cuadro (deshacer: Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/undock_after.py" line="+30"/>
        <source>… after the puncture [h]</source>
        <translation>… tras la perforación [h]</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/calibration_range.py" line="+47"/>
        <source>record allows {low}–{high}</source>
        <translation>el registro permite {low}–{high}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>calibrated {cd} (fit to &apos;majority gone by {hours} h&apos;)</source>
        <translation>calibrado {cd} (ajustado a «la mayor parte perdida a las {hours} h»)</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <location filename="../thermoviz/export/deck.py" line="+89"/>
        <source>Step {number}: {title}</source>
        <extracomment>Slide units (pixels of a 1920 x 1080 slide) and its boxes: (x, y, width, height). Text sizes [slide px]: at 1080 lines the smallest (sources) is 1/60 of the height, the body 1/36. The figure is laid out at this logical size and painted at 2x into FIGURE_BOX (ticks readable). Curves kept per plot on a slide (the first ones of the plot, plus the highlighted one).</extracomment>
        <translation>Paso {number}: {title}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{title} — predict first</source>
        <translation>{title} — primero predice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} — the answer</source>
        <translation>{title} — la respuesta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>shown with the answer</source>
        <translation>se muestran con la respuesta</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Predict first: {text}</source>
        <translation>Primero predice: {text}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question: {text}</source>
        <translation>Pregunta: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: {text}</source>
        <translation>Respuesta: {text}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../thermoviz/gui/map/map_exports.py" line="+17"/>
        <source>No map to export</source>
        <translation>No hay mapa que exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Map tab and let the map of this scenario finish first.</source>
        <translation>Abra primero la pestaña Mapa y espere a que termine el mapa de este escenario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export map as {kind}</source>
        <translation>Exportar el mapa como {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map {kind}</source>
        <translation>Mapa {kind}</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/schematic/schematic_dock.py" line="+183"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>Export animation</source>
        <extracomment>Share of the window&apos;s width the dock takes when first shown (the plots keep the rest). Hook for tests: returns (path, filter) like QFileDialog.getSaveFileName.</extracomment>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Animation written: {files}</source>
        <translation>Animación guardada: {files}</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/file_actions.py" line="+44"/>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists.
Do you want to replace it?</source>
        <translation>{path} ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scenario {name} has changes that are not saved.
Save them before {reason}?</source>
        <translation>El escenario {name} tiene cambios sin guardar.
¿Guardarlos antes de {reason}?</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{name} was not opened (the current scenario is kept).</source>
        <translation>{name} no se abrió (se conserva el escenario actual).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening {name}</source>
        <translation>abrir {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Cannot open scenario</source>
        <translation>No se puede abrir el escenario</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+26"/>
        <source>Scenario not saved</source>
        <translation>Escenario no guardado</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/file_exports.py" line="+36"/>
        <source>There is no simulation result yet.</source>
        <translation>Todavía no hay resultado de la simulación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>{what} not exported</source>
        <translation>{what}: no se exportó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {path}</source>
        <translation>No se puede escribir {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {path}</source>
        <translation>Exportado: {path}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export PNG ({scale}×)</source>
        <translation>Exportar PNG ({scale}×)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export SVG</source>
        <translation>Exportar SVG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Figure not copied</source>
        <translation>La figura no se copió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure copied to the clipboard</source>
        <translation>Figura copiada al portapapeles</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/slide_actions.py" line="+14"/>
        <source>Slide title</source>
        <translation>Título de la diapositiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the slide:</source>
        <translation>Título de la diapositiva:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export slide {w}×{h}</source>
        <translation>Exportar diapositiva {w}×{h}</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/window_dialogs.py" line="+28"/>
        <source>&lt;p&gt;What a coolant-loop puncture does to a spacecraft and its crew: loop pressure, heat rejection, cabin air and crew core temperature against the crew grades (Help ▸ Crew grades) (Soyuz MS-22, Progress MS-21, Nauka).&lt;/p&gt;&lt;p&gt;Crew heat strain: ISO 7933:2023 Predicted Heat Strain via pythermalcomfort. Vehicle and preset numbers carry their sources in &lt;code&gt;assets/&lt;/code&gt; (hover the controls; see &lt;code&gt;thermoviz presets&lt;/code&gt;). Values tagged &lt;i&gt;from memory&lt;/i&gt;, &lt;i&gt;reported once&lt;/i&gt; or &lt;i&gt;estimate&lt;/i&gt; are not confirmed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qué le hace a una nave espacial y a su tripulación una perforación del circuito de refrigerante: presión del circuito, disipación de calor, aire de la cabina y temperatura central de la tripulación frente a los niveles de la tripulación (Ayuda ▸ Niveles de la tripulación) (Soyuz MS-22, Progress MS-21, Nauka).&lt;/p&gt;&lt;p&gt;Estrés térmico de la tripulación: ISO 7933:2023 Predicted Heat Strain (estrés térmico previsto) mediante pythermalcomfort. Los números de las naves y de los escenarios predefinidos llevan sus fuentes en &lt;code&gt;assets/&lt;/code&gt; (pase el puntero sobre los controles; vea &lt;code&gt;thermoviz presets&lt;/code&gt;). Los valores marcados &lt;i&gt;de memoria&lt;/i&gt;, &lt;i&gt;informado una vez&lt;/i&gt; o &lt;i&gt;estimación&lt;/i&gt; no están confirmados.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Where every fact comes from, with its web address: Help ▸ Sources (readable offline).&lt;/p&gt;</source>
        <translation>&lt;p&gt;De dónde viene cada dato, con su dirección web: Ayuda ▸ Fuentes (se lee sin conexión).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit lines and their sources</source>
        <translation>Líneas de límite y sus fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Palette: Okabe &amp;amp; Ito (colour-blind safe). MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Paleta: Okabe &amp;amp; Ito (apta para daltonismo). Licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crew grades</source>
        <translation>Niveles de la tripulación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About thermoviz</source>
        <translation>Acerca de thermoviz</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/window_state.py" line="+42"/>
        <source>closing</source>
        <translation>cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/sources_dialog.py" line="+21"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+142"/>
        <source>Crew {crew} refused: this vehicle has {seats} seats (crew 0 to {seats})</source>
        <translation>Tripulación {crew} rechazada: esta nave tiene {seats} asientos (tripulación de 0 a {seats})</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/number_input.py" line="+121"/>
        <source>from {low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is outside the allowed range</source>
        <translation>está fuera del rango permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: “{typed}” {what} — allowed {allowed}; kept {kept}</source>
        <translation>{field}: «{typed}» {what}; se permite {allowed}; se mantiene {kept}</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/overrides.py" line="+36"/>
        <source>expected FIELD=VALUE (e.g. hole_diameter_mm=2), got {given}</source>
        <extracomment>An input typed in the one time base: hours from the puncture to the undock. A scenario file stores ``undock_time_h`` (hours from the start of the run); this key is turned into it (:func:`apply_changes`).</extracomment>
        <translation>se esperaba FIELD=VALUE (p. ej. hole_diameter_mm=2), se recibió {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../thermoviz/io/scenario_file.py" line="+217"/>
        <source>unknown field; allowed: {fields}</source>
        <translation>campo desconocido; se admiten: {fields}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../thermoviz/model/scenario.py" line="+189"/>
        <source>must be {allowed}, got {given}</source>
        <translation>debe ser {allowed}, se recibió {given}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>give either undock_time_h (from the start) or undock_after_puncture_h (from the puncture), not both</source>
        <translation>indique undock_time_h (desde el inicio) o undock_after_puncture_h (desde la perforación), no ambos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a puncture (puncture_time_h is none); use undock_time_h (hours from the start)</source>
        <translation>necesita una perforación (puncture_time_h es none); use undock_time_h (horas desde el inicio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>puncture at {puncture} h + {after} h = undock at {undock} h from the start: {error}</source>
        <translation>perforación a las {puncture} h + {after} h = desacople a las {undock} h desde el inicio: {error}</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/scenario.py" line="+151"/>
        <source>must be {allowed}, got nothing</source>
        <translation>debe ser {allowed}, no se recibió nada</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli.py" line="-88"/>
        <source>must be 1, 2 or 4, got {given}</source>
        <translation>debe ser 1, 2 o 4, se recibió {given}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>prints nothing, --json prints the result: use one of them</source>
        <translation>no imprime nada y --json imprime el resultado: use solo uno de los dos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>adds a reference to the outputs: add --json, --csv, --png, --svg, --pdf or --slide</source>
        <translation>añade una referencia a las salidas: añada --json, --csv, --png, --svg, --pdf o --slide</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../thermoviz/cli_lesson.py" line="-95"/>
        <location line="+30"/>
        <source>{error}; nothing was written</source>
        <translation>{error}; no se escribió nada</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the desktop app cannot start ({error})</source>
        <translation>la aplicación de escritorio no puede iniciarse ({error})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>interrupted (no file is left half-written)</source>
        <translation>interrumpido (no queda ningún archivo a medio escribir)</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_analysis.py" line="-215"/>
        <source>expected FIELD=LO:HI[:N] (e.g. hole_diameter_mm=0.2:5:50), got {given}</source>
        <translation>se esperaba FIELD=LO:HI[:N] (p. ej. hole_diameter_mm=0.2:5:50), se recibió {given}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>samples</source>
        <translation>tamaño de la muestra</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must name another field than --x ({field})</source>
        <translation>debe nombrar un campo distinto del de --x ({field})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vehicle {vehicle} has no seats</source>
        <translation>la nave {vehicle} no tiene asientos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be combined with a crew axis</source>
        <translation>no se puede combinar con un eje de tripulación</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../thermoviz/io/vehicles.py" line="+42"/>
        <source>must be one of {choices}, got {given}</source>
        <translation>debe ser uno de {choices}, se recibió {given}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_animation.py" line="+19"/>
        <source>sets the playback animation: add --gif PATH or --mp4 PATH</source>
        <translation>configura la animación de la reproducción: añada --gif PATH o --mp4 PATH</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be WIDTHxHEIGHT in pixels, even numbers, width {wlow}-{whigh} and height {hlow}-{hhigh} (e.g. 1280x720)</source>
        <translation>debe ser WIDTHxHEIGHT en píxeles, números pares, ancho {wlow}-{whigh} y alto {hlow}-{hhigh} (p. ej. 1280x720)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>must be a time from 0 to {high} h, got {given}</source>
        <translation>debe ser un tiempo de 0 a {high} h, se recibió {given}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../thermoviz/cli_slide.py" line="+29"/>
        <location line="+98"/>
        <source>must be later than --from ({low} h), got {given}</source>
        <translation>debe ser posterior a --from ({low} h), se recibió {given}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_lesson.py" line="-85"/>
        <source>needs a lesson NAME, e.g. thermoviz lesson ms22-why --step 1</source>
        <translation>necesita el nombre de una lección NAME, p. ej. thermoviz lesson ms22-why --step 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renders one step: add --step N, e.g. thermoviz lesson ms22-why --step 1 --png s1.png</source>
        <translation>dibuja un solo paso: añada --step N, p. ej. thermoviz lesson ms22-why --step 1 --png s1.png</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>sizes the --png slide: add --png PATH</source>
        <translation>da el tamaño de la diapositiva de --png: añada --png PATH</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>needs a lesson NAME, e.g. thermoviz lesson ms22-why --deck ms22.pdf</source>
        <translation>necesita el nombre de una lección NAME, p. ej. thermoviz lesson ms22-why --deck ms22.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>writes the whole lesson; leave out {flag}</source>
        <translation>escribe la lección entera; quite {flag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must end in .pdf or .pptx, got {given}</source>
        <translation>debe terminar en .pdf o .pptx, se recibió {given}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a step of lesson {lesson}</source>
        <translation>número de paso de la lección {lesson}</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli_slide.py" line="-114"/>
        <source>shapes the figures: add --slide, --png, --svg or --pdf</source>
        <translation>da forma a las figuras: añada --slide, --png, --svg o --pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>shapes the slide: add --slide PATH</source>
        <translation>da forma a la diapositiva: añada --slide PATH</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be distinct plots from {plots} separated by commas, got {given}</source>
        <translation>debe ser una lista de gráficos distintos de entre {plots} separados por comas, se recibió {given}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>sets the time window of figures: add --png, --svg, --pdf, --slide, --gif or --mp4</source>
        <translation>fija la ventana de tiempo de las figuras: añada --png, --svg, --pdf, --slide, --gif o --mp4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>h after the start</source>
        <translation>h desde el inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>h since the puncture</source>
        <translation>h desde la perforación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hours ({words})</source>
        <translation>horas ({words})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a time from {low} to {high} {words} (the run), got {given}</source>
        <translation>debe ser un tiempo de {low} a {high} {words} (la simulación), se recibió {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be later than --from ({low} {words}), got {given}</source>
        <translation>debe ser posterior a --from ({low} {words}), se recibió {given}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be from 0 to the run&apos;s {high} h, got {given}</source>
        <translation>debe estar entre 0 y las {high} h de la simulación, se recibió {given}</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/atomic.py" line="+53"/>
        <source>cannot write {path}: {reason}</source>
        <extracomment>Every temporary file thermoviz creates starts with this (hidden on POSIX) ... ... and ends with this. A temporary file older than this [s] belongs to a process that died: safe to remove. Characters of the target&apos;s name kept in a temporary file&apos;s name.</extracomment>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file already exists (not overwritten)</source>
        <translation>el archivo ya existe (no se sobrescribe)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} is not a folder</source>
        <translation>{folder} no es una carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a regular file (a device, pipe or socket); give a file name</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o un socket); indique un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/cli_args.py" line="+33"/>
        <source>must be a whole number of {what} from {low} to {high}, got {given}</source>
        <extracomment>Plain ASCII decimal numbers only (see the README&apos;s &quot;Numbers&quot; section). Longest number text read (a longer one is refused before Python converts it).</extracomment>
        <translation>debe ser un número entero ({what}) de {low} a {high}, se recibió {given}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number of {what} from {low} to {high}, got {given}</source>
        <translation>debe ser un número ({what}) de {low} a {high}, se recibió {given}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number from {low} to {high}, got {given}</source>
        <translation>debe ser un número entero de {low} a {high}, se recibió {given}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number from {low} to {high}, got {given}</source>
        <translation>debe ser un número de {low} a {high}, se recibió {given}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>names the same file as --{other}: {path}; give each output its own file</source>
        <translation>nombra el mismo archivo que --{other}: {path}; dé a cada salida su propio archivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>hours (up to the run&apos;s length)</source>
        <translation>horas (hasta la duración de la simulación)</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/scenario_file.py" line="-128"/>
        <source>scenario file</source>
        <extracomment>Key order in written files: what the scenario is first, then the physics inputs. Top-level keys that are not Scenario fields. What read_capped reads, named in its messages.</extracomment>
        <translation>archivo de escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lesson file</source>
        <translation>archivo de lección</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>not found</source>
        <extracomment>Fields that may be left out of a file (optional ones mean None; text ones mean &quot;&quot;). The one spelling of &quot;no value&quot; for an optional field, in files and ``--set`` (any case). Largest scenario file read [bytes]; a real one is about 1 KB, a preset with its timeline 10 KB.</extracomment>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <location filename="../thermoviz/io/scenario_source.py" line="+78"/>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is not a regular file (a device, pipe or socket); give a .toml {what}</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o un socket); indique un {what} .toml</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is {size} bytes; a {what} is at most {limit} bytes</source>
        <translation>tiene {size} bytes; un {what} tiene como máximo {limit} bytes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is larger than {limit} bytes</source>
        <translation>tiene más de {limit} bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid TOML (arrays or tables nested too deeply)</source>
        <translation>no es TOML válido (matrices o tablas anidadas demasiado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>not valid TOML ({reason})</source>
        <translation>no es TOML válido ({reason})</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>missing; must be {allowed}</source>
        <translation>falta; debe ser {allowed}</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/scenario_source.py" line="-22"/>
        <source>not a preset id or a file name: {given}</source>
        <translation>no es un id de escenario predefinido ni un nombre de archivo: {given}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown preset {given}; presets: {presets}; or give the path of a .toml scenario file</source>
        <translation>escenario predefinido desconocido {given}; predefinidos: {presets}; o indique la ruta de un archivo de escenario .toml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not found (give a preset id or the path of a .toml scenario file)</source>
        <translation>no encontrado (indique un id de escenario predefinido o la ruta de un archivo de escenario .toml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a directory, not a .toml scenario file</source>
        <translation>es una carpeta, no un archivo de escenario .toml</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/vehicles.py" line="+20"/>
        <source>must be one of {choices} for vehicle {vehicle}, got {given}</source>
        <translation>debe ser uno de {choices} para la nave {vehicle}, se recibió {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be one of {choices} (or empty for the vehicle&apos;s assumed coolant), got {given}</source>
        <translation>debe ser uno de {choices} (o vacío para el refrigerante supuesto de la nave), se recibió {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be none for station module {vehicle} (it never undocks), got {given}</source>
        <translation>debe ser none para el módulo de estación {vehicle} (nunca se desacopla), se recibió {given}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be from 0 to {seats} for vehicle {vehicle} (an uncrewed cargo ship), got {given}</source>
        <translation>debe estar entre 0 y {seats} para la nave {vehicle} (una nave de carga sin tripulación), se recibió {given}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be from 0 to {seats} for vehicle {vehicle} ({seats} seats), got {given}</source>
        <translation>debe estar entre 0 y {seats} para la nave {vehicle} ({seats} asientos), se recibió {given}</translation>
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
        <translation>Perforación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>½ lost</source>
        <translation>½ perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depleted</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../thermoviz/model/outcome/result.py" line="+3"/>
        <source>Undock</source>
        <translation>Desacople</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../thermoviz/model/outcome/result.py" line="+1"/>
        <source>Landing</source>
        <translation>Aterrizaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cabin {limit} °C</source>
        <translation>Cabina {limit} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core {limit} °C</source>
        <translation>Núcleo {limit} °C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equip. {limit} °C</source>
        <translation>Equipos {limit} °C</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/outcome/result.py" line="-3"/>
        <source>Half the coolant lost</source>
        <translation>Perdida la mitad del refrigerante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant depleted</source>
        <translation>Refrigerante agotado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cabin above 27 °C</source>
        <translation>Cabina por encima de 27 °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay above 40 °C</source>
        <translation>Compartimento de equipos por encima de 40 °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew core 38 °C</source>
        <translation>Temperatura central 38 °C</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../thermoviz/analysis/fields.py" line="+60"/>
        <source>Hours from puncture to undock</source>
        <extracomment>The derived field: hours from the puncture to the undock. Hours of run kept after a landing that the base run would not reach. Fields drawn and sampled on a logarithmic axis (sizes, and the Cd that scales the hole&apos;s area). Scenario fields that are numbers (the others are ids, text or a switch).</extracomment>
        <translation>Horas de la perforación al desacople</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="-199"/>
        <source>Allowed: {allowed}</source>
        <translation>Permitido: {allowed}</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/undock_after.py" line="-12"/>
        <source>Undock after the puncture</source>
        <translation>Desacople tras la perforación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours from the puncture to the undock (the time base of every axis); the scenario stores it as the undock time from the start.</source>
        <translation>Horas de la perforación al desacople (la base de tiempo de todos los ejes); el escenario lo guarda como hora de desacople desde el inicio.</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/scenario.py" line="-308"/>
        <source>ISO 7933 Predicted Heat Strain (one lumped body, occupational limits)</source>
        <extracomment>The crew heat-strain models a scenario can use (field ``crew_model``).</extracomment>
        <translation>ISO 7933 Estrés térmico previsto (un solo cuerpo concentrado, límites laborales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JOS-3 (17-segment thermoregulation, Takahashi et al. 2021)</source>
        <translation>JOS-3 (termorregulación de 17 segmentos, Takahashi et al. 2021)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>true or false</source>
        <extracomment>PHS is central: the outcome scale&apos;s 38 °C line is its limit, and it runs as fast arrays for maps and bands. Version of the scenario file schema (``schema_version`` in scenario TOML). Most seats any vehicle may have (a user vehicle&apos;s hard bound; Soyuz has 3). For a text field with a strict shape: validate and return the canonical text (raises ValueError). For such a field: what it accepts, in words (replaces &quot;a text value&quot;).</extracomment>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a text value</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, or none ({meaning})</source>
        <translation>, o ninguno ({meaning})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the crew wears (sets clothing insulation, moisture permeability and air speed of the crew heat model): {choices}.</source>
        <translation>Qué lleva puesto la tripulación (fija el aislamiento de la ropa, la permeabilidad a la humedad y la velocidad del aire del modelo térmico): {choices}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which heat-strain model turns the cabin into the crew&apos;s core temperature: {choices}. Maps and uncertainty bands over many vehicles always use phs.</source>
        <translation>Qué modelo de estrés térmico convierte la cabina en la temperatura central de la tripulación: {choices}. Los mapas y las bandas de incertidumbre sobre muchas naves siempre usan phs.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name shown in the title bar and reports.</source>
        <translation>Nombre corto que aparece en la barra de título y en los informes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this scenario shows.</source>
        <translation>Qué muestra este escenario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Nave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicle id, e.g. soyuz-ms, progress-ms, nauka.</source>
        <translation>Identificador de la nave, p. ej. soyuz-ms, progress-ms, nauka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punctured loop</source>
        <translation>Circuito perforado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which coolant loop is punctured (vehicle-specific id).</source>
        <translation>Qué circuito de refrigerante está perforado (identificador propio de cada nave).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant</source>
        <translation>Refrigerante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coolant id; empty = the vehicle&apos;s assumed coolant.</source>
        <translation>Identificador del refrigerante; vacío = el refrigerante supuesto de la nave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vehicle&apos;s assumed coolant</source>
        <translation>el refrigerante supuesto de la nave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hole diameter</source>
        <translation>Diámetro del orificio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diameter of the puncture; 0 means no leak.</source>
        <translation>Diámetro de la perforación; 0 significa sin fuga.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge coefficient Cd</source>
        <translation>Coeficiente de descarga Cd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective orifice discharge coefficient: 0.62 for a clean sharp-edged hole; much lower for a jagged, partly iced-up puncture.</source>
        <translation>Coeficiente de descarga efectivo del orificio: 0,62 para un agujero limpio de borde afilado; mucho menor para una perforación irregular y en parte congelada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puncture time</source>
        <translation>Hora de la perforación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours after the start of the simulation when the hole appears.</source>
        <translation>Horas tras el inicio de la simulación en que aparece el agujero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never punctured</source>
        <translation>nunca perforado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undock time</source>
        <translation>Hora del desacople</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours after the start when the vehicle is sealed and undocks: cut off from station air, crew aboard, all systems on.</source>
        <translation>Horas tras el inicio en que la nave se sella y se desacopla: aislada del aire de la estación, con la tripulación a bordo y todos los sistemas encendidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stays docked</source>
        <translation>permanece acoplada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return duration</source>
        <translation>Duración del regreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours from undocking to landing; none = the vehicle&apos;s documented value.</source>
        <translation>Horas del desacople al aterrizaje; ninguno = el valor documentado de la nave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vehicle&apos;s documented value</source>
        <translation>el valor documentado de la nave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hatch open</source>
        <translation>Escotilla abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While docked: hatch to the station open, so station air ventilates the cabin.</source>
        <translation>Mientras está acoplada: escotilla a la estación abierta, así que el aire de la estación ventila la cabina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew</source>
        <translation>Tripulación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew aboard during the return (for a station module: working in it); at most the vehicle&apos;s seats.</source>
        <translation>Tripulantes a bordo durante el regreso (en un módulo de la estación: trabajando en él); como máximo los asientos de la nave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew clothing</source>
        <translation>Ropa de la tripulación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew model</source>
        <translation>Modelo de la tripulación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simulated time span.</source>
        <translation>Intervalo de tiempo simulado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar date and time of t = 0 in UTC (historic scenarios); no effect on the physics.</source>
        <translation>Fecha y hora de calendario de t = 0 en UTC (escenarios históricos); no afecta a la física.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no calendar date: times in hours only</source>
        <translation>sin fecha de calendario: tiempos solo en horas</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/clock.py" line="+46"/>
        <source>an ISO-8601 time with its zone, e.g. 2022-12-14T23:45Z (Z = UTC)</source>
        <extracomment>Years accepted for a start time (keeps hour arithmetic far from datetime&apos;s limits). An example shown in every error message. What a start time may look like, marked for translation standalone (field help) and after &quot;must be&quot;.</extracomment>
        <translation>una hora ISO-8601 con su zona, p. ej. 2022-12-14T23:45Z (Z = UTC)</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../thermoviz/gui/file_filters.py" line="+18"/>
        <source>Scenario files (*.toml)</source>
        <extracomment>(menu text, file suffix, dialog filter) of the figure formats. File ▸ Export ▸ CSV offers both formats; the first (a spreadsheet&apos;s) is the default. The filters above, marked for translation (a dialog shows them translated: shown_filters).</extracomment>
        <translation>Archivos de escenario (*.toml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image (*.svg)</source>
        <translation>Imagen vectorial SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for scripts, metadata as # comments (*.csv)</source>
        <translation>CSV para scripts, metadatos como comentarios # (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
</context>
<context>
    <name>Grades</name>
    <message>
        <location filename="../thermoviz/model/outcome/grades.py" line="+42"/>
        <source>Within limits</source>
        <translation>Dentro de los límites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps the core below 38 °C, where the crew can keep working</source>
        <translation>mantiene la temperatura central por debajo de 38 °C, donde la tripulación puede seguir trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop work</source>
        <translation>Dejar de trabajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core 38 °C, where ISO 7933 says to stop working in the heat</source>
        <translation>temperatura central de 38 °C, donde ISO 7933 indica dejar de trabajar en el calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not acceptable</source>
        <translation>Inaceptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core 39 °C, where performance drops sharply</source>
        <translation>temperatura central de 39 °C, donde el rendimiento cae bruscamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not survivable</source>
        <translation>No sobrevivible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core 40 °C (heat-stroke danger) or wet-bulb 35 °C (sweat can no longer cool)</source>
        <translation>temperatura central de 40 °C (peligro de golpe de calor) o bulbo húmedo de 35 °C (el sudor ya no enfría)</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <location filename="../thermoviz/io/grades_page.py" line="+15"/>
        <source>Crew grades: how thermoviz says how the crew fares</source>
        <translation>Niveles de la tripulación: cómo dice thermoviz cómo le va a la tripulación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below 38 °C a resting, clothed person in a warm cabin is hot but can keep working.</source>
        <extracomment>Why each line is where it is, in plain words (sources: docs/sources.md).</extracomment>
        <translation>Por debajo de 38 °C una persona vestida y en reposo en una cabina cálida pasa calor, pero puede seguir trabajando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO 7933 (Predicted Heat Strain), the standard for hot workplaces, tells workers to stop when the core would pass 38 °C. A crew riding home cannot stop, so this is a warning.</source>
        <translation>ISO 7933 (Predicted Heat Strain), la norma para lugares de trabajo calurosos, indica dejar de trabajar cuando la temperatura central superaría 38 °C. Una tripulación que regresa no puede parar, así que esto es una advertencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Around 39 °C thinking and handling slow down sharply (occupational heat-stress guidance, WHO 1969 and ACGIH, recalled from memory). The agencies would not fly a crew home into this: it is the line the limit finder and the map use by default.</source>
        <translation>Hacia 39 °C el pensamiento y la destreza se ralentizan bruscamente (guías laborales de estrés térmico, OMS 1969 y ACGIH, de memoria). Las agencias no traerían a una tripulación a casa en estas condiciones: es la línea que usan por defecto el buscador de límites y el mapa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At 40 °C heat stroke threatens (standard physiology); at a wet-bulb temperature of 35 °C sweat can no longer cool the body at all (Sherwood &amp; Huber 2010). Only this grade is called &quot;not survivable&quot;, and only here does thermoviz use the word &quot;survive&quot;.</source>
        <translation>A 40 °C amenaza el golpe de calor (fisiología estándar); con un bulbo húmedo de 35 °C el sudor ya no puede enfriar el cuerpo en absoluto (Sherwood &amp; Huber 2010). Solo este nivel se llama «no sobrevivible», y solo aquí usa thermoviz la palabra «sobrevivir».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>thermoviz grades the crew&apos;s peak core temperature while aboard (and the cabin&apos;s wet-bulb temperature) on one scale of four grades. The banner, the map&apos;s lines, the limit finder, the uncertainty band, the lessons and the PDF all use it, so they always tell the same story.</source>
        <translation>thermoviz clasifica la temperatura central máxima de la tripulación a bordo (y la temperatura de bulbo húmedo de la cabina) en una escala de cuatro niveles. La usan el banner, las líneas del mapa, el buscador de límites, la banda de incertidumbre, las lecciones y el PDF, así que siempre cuentan lo mismo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cabin air above 27 °C and the equipment bay above 40 °C are separate, named conditions, not crew grades. The numbers are a model with estimates: read a result near a line as &quot;close to the line&quot;, not as a sure pass or fail.</source>
        <translation>El aire de la cabina por encima de 27 °C y el compartimento de equipos por encima de 40 °C son condiciones aparte, con nombre, no niveles de la tripulación. Los números son un modelo con estimaciones: lea un resultado cerca de una línea como «cerca de la línea», no como un aprobado o suspenso seguro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grade</source>
        <extracomment>The Help page&apos;s column headings.</extracomment>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it starts</source>
        <translation>Dónde empieza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this line</source>
        <translation>Por qué esta línea</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../thermoviz/gui/plots/dashboard.py" line="+24"/>
        <source>Export...</source>
        <extracomment>pyqtgraph&apos;s own right-click entry, translated through thermoviz&apos;s catalogue (pyqtgraph asks Qt for it).</extracomment>
        <translation>Exportar...</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../thermoviz/export/handout.py" line="+85"/>
        <source>does not happen in this run</source>
        <extracomment>A4 portrait at 150 dpi is 1240 x 1754 device pixels; everything is laid out in these. The figure shrinks (keeping its shape) to leave the words room, but never below this share of its height.</extracomment>
        <translation>no ocurre en esta simulación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h after the puncture</source>
        <translation>{hours} h después de la perforación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no hole</source>
        <translation>sin orificio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hole in the cooling loop</source>
        <translation>Orificio en el circuito de refrigeración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling loop empty</source>
        <translation>Circuito de refrigeración vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hottest cabin air</source>
        <translation>Aire de cabina más caliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest wet-bulb temperature (heat + humidity)</source>
        <translation>Mayor temperatura de bulbo húmedo (calor + humedad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest crew core temperature ({count} aboard)</source>
        <translation>Mayor temperatura central de la tripulación ({count} a bordo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cabin passes 27 °C (comfort limit)</source>
        <translation>La cabina supera 27 °C (límite de confort)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why does the cabin keep warming once the coolant no longer flows? Where does the heat come from?</source>
        <translation>¿Por qué la cabina sigue calentándose cuando el refrigerante ya no circula? ¿De dónde viene el calor?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Predict: with {fewer} crew instead of {crew}, would the core temperature stay below 38 °C? Check it with thermoviz (set crew to {fewer}).</source>
        <translation>Predice: con {fewer} tripulantes en vez de {crew}, ¿se quedaría la temperatura central por debajo de 38 °C? Compruébalo con thermoviz (pon la tripulación en {fewer}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which of the key numbers comes closest to a safety limit, and what happens to a body above that limit?</source>
        <translation>¿Cuál de los números clave se acerca más a un límite de seguridad, y qué le ocurre a un cuerpo por encima de ese límite?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody is in danger here. What would change if the crew had to close the hatch and stay aboard?</source>
        <translation>Aquí nadie corre peligro. ¿Qué cambiaría si la tripulación tuviera que cerrar la escotilla y quedarse a bordo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which of the key numbers would you watch first as a flight controller, and why?</source>
        <translation>¿Cuál de los números clave vigilarías primero como controlador de vuelo, y por qué?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In plain words:</source>
        <translation>En palabras sencillas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens:</source>
        <translation>Qué ocurre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five key numbers</source>
        <translation>Cinco números clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made with thermoviz {version}: a model with estimates, not a flight record. Scenario: {title}.</source>
        <translation>Hecho con thermoviz {version}: un modelo con estimaciones, no un registro de vuelo. Escenario: {title}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../thermoviz/gui/window/history.py" line="+45"/>
        <source>open {name}</source>
        <extracomment>Edits of one field closer together than this [s] merge into one undo step.</extracomment>
        <translation>abrir {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load {title}</source>
        <translation>cargar {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reset to preset</source>
        <translation>restablecer el escenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change {field}</source>
        <translation>cambiar {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change scenario</source>
        <translation>cambiar el escenario</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../thermoviz/gui/lesson/lesson_panel.py" line="+111"/>
        <source>Progress: one dot per step (→ next, ← back)</source>
        <extracomment>Settings key: the first-start lesson has been shown (never opened automatically again). Text sizes [pt] of the panel: normal and in presentation mode (readable at 1920x1080 from the back). Width of the panel [px], normal and in presentation mode. The panel never takes more than this share of the window&apos;s width. Emitted with the step index (0-based) after a step is shown. Emitted when the user leaves the lesson (the window&apos;s state is back). The step shown last (0-based): the lesson opens there again, so a class can resume.</extracomment>
        <translation>Progreso: un punto por paso (→ siguiente, ← atrás)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reveal (Space)</source>
        <translation>Mostrar respuesta (espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the answer and the curves (Space)</source>
        <translation>Mostrar la respuesta y las curvas (espacio)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+146"/>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Close lesson</source>
        <translation>Cerrar lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the lesson and go back to what you had before (Esc)</source>
        <translation>Salir de la lección y volver a lo que había antes (Esc)</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Step {number} of {count}</source>
        <translation>Paso {number} de {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finish ✓</source>
        <translation>Terminar ✓</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Primero, predice:&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Sources&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fuentes&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Sources&lt;/b&gt; are shown with the answer.</source>
        <translation>Las &lt;b&gt;fuentes&lt;/b&gt; se muestran con la respuesta.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../thermoviz/model/limits.py" line="-49"/>
        <source>Comfort 18–27 °C (NASA-STD-3001)</source>
        <translation>Confort 18–27 °C (NASA-STD-3001)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soyuz spec 18–25 °C</source>
        <translation>Especificación Soyuz 18–25 °C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danger: above 35 °C</source>
        <translation>Peligro: por encima de 35 °C</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RH 25–75 % (NASA-STD-3001)</source>
        <translation>HR 25–75 % (NASA-STD-3001)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wet-bulb 31 °C: measured critical limit</source>
        <translation>Bulbo húmedo 31 °C: límite crítico medido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wet-bulb 35 °C: theoretical survivability limit</source>
        <translation>Bulbo húmedo 35 °C: límite teórico de supervivencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core 38.0 °C: ISO 7933 PHS limit</source>
        <translation>T. central 38,0 °C: límite PHS de ISO 7933</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core 39 °C: large performance loss</source>
        <translation>T. central 39 °C: gran pérdida de rendimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Core 40 °C: heat-stroke danger</source>
        <translation>T. central 40 °C: peligro de golpe de calor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Equipment bay 40 °C: systems shut down</source>
        <translation>Compartimento de equipos 40 °C: los sistemas se apagan</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../thermoviz/analysis/metrics.py" line="+74"/>
        <source>Crew margin at landing to the 38 °C stop-work line</source>
        <extracomment>Margin [h] reported when the crew limit is not reached before landing (a stated cap). Value that separates safe from unsafe (the map&apos;s colour centre), or None. Metric name -&gt; the grade it measures the margin to.</extracomment>
        <translation>Margen de la tripulación al aterrizar hasta la línea de 38 °C de dejar de trabajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew core temperature peak</source>
        <translation>Pico de temperatura central de la tripulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin air temperature peak</source>
        <translation>Pico de temperatura del aire de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours from puncture to coolant depleted</source>
        <translation>Horas de la perforación al agotamiento del refrigerante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict (0 safe, 1 info, 2 caution, 3 danger)</source>
        <translation>Veredicto (0 seguro, 1 información, 2 precaución, 3 peligro)</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/map/limit_finder.py" line="+32"/>
        <source>Found by bisection on single simulations of the scenario as set, varying one input at a time; the value given errs on the safe side.</source>
        <translation>Hallado por bisección con simulaciones sueltas del escenario tal como está, variando un valor cada vez; el valor dado se equivoca del lado seguro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Safe limits: found after the map…</source>
        <translation>Límites seguros: se hallan después del mapa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safe limits: finding…</source>
        <translation>Límites seguros: buscando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Safe limits&lt;/b&gt; (this scenario, one input varied at a time): </source>
        <translation>&lt;b&gt;Límites seguros&lt;/b&gt; (este escenario, variando un valor cada vez): </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safe limits could not be found: {message}</source>
        <translation>No se pudieron hallar los límites seguros: {message}</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/map_words.py" line="+29"/>
        <source>core {core} °C</source>
        <translation>temperatura central {core} °C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{core} or wet-bulb {wet_bulb} °C</source>
        <translation>{core} o bulbo húmedo {wet_bulb} °C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crew margin below {grade} ({threshold})</source>
        <translation>Margen de la tripulación hasta «{grade}» ({threshold})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{grade} boundary ({threshold})</source>
        <translation>frontera de «{grade}» ({threshold})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} crew</source>
        <translation>tripulación de {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{boundary}, {count} crew</source>
        <translation>{boundary}, tripulación de {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{vehicle} scenario</source>
        <translation>Escenario de {vehicle}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {metric}, {count} crew</source>
        <translation>{name}: {metric}, tripulación de {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {metric}</source>
        <translation>{name}: {metric}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colours for {crew} crew. Blue: the core stays below 38 °C until landing (drawn as +{hours} h). Red: how many hours before landing the core reaches 38 °C.&lt;br&gt;Black lines: the {boundary} for {counts} crew; the star marks the scenario as set. Grey: nobody rides.</source>
        <translation>Colores para una tripulación de {crew}. Azul: la temperatura central se mantiene por debajo de 38 °C hasta el aterrizaje (dibujado como +{hours} h). Rojo: cuántas horas antes del aterrizaje la temperatura central llega a 38 °C.&lt;br&gt;Líneas negras: {boundary} para una tripulación de {counts}; la estrella marca el escenario tal como está configurado. Gris: nadie viaja.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colours for {crew} crew: kelvin below &quot;{grade}&quot; ({meaning}); blue below it, red at or above it.&lt;br&gt;Black lines: the {boundary} for {counts} crew; the star marks the scenario as set. Grey: nobody rides.</source>
        <translation>Colores para una tripulación de {crew}: kelvin por debajo de «{grade}» ({meaning}); azul por debajo, rojo en ese nivel o por encima.&lt;br&gt;Líneas negras: {boundary} para una tripulación de {counts}; la estrella marca el escenario tal como está configurado. Gris: nadie viaja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>White: the 38 °C crew limit (ISO 7933 stop-work); red above, blue below.</source>
        <translation>Blanco: el límite de 38 °C de la tripulación (cese del trabajo según ISO 7933); rojo por encima, azul por debajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue: safe · grey: nothing at stake · orange: caution · red: danger.</source>
        <translation>Azul: seguro · gris: nada en juego · naranja: precaución · rojo: peligro.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/map/map_view.py" line="+54"/>
        <source>The map&apos;s crew is ISO 7933 PHS (JOS-3 runs one scenario at a time).</source>
        <extracomment>A map is recomputed this long after the last edit [ms] (a slider drag computes once). Points per axis of the refined map (the coarse one has 20). Delay [ms] after which the map&apos;s worker process is started in the background. Maps batch thousands of cells through PHS; a scenario that chose JOS-3 is told so.</extracomment>
        <translation>La tripulación del mapa se calcula con ISO 7933 PHS (JOS-3 simula un escenario cada vez).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The input along the horizontal axis of the map</source>
        <translation>El valor del eje horizontal del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input along the vertical axis of the map</source>
        <translation>El valor del eje vertical del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the colours show in each cell</source>
        <translation>Qué muestran los colores en cada celda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The crew grade whose boundary the black lines and the limits below show (Help ▸ Crew grades)</source>
        <translation>El nivel de la tripulación cuyo límite muestran las líneas negras y los límites de abajo (Ayuda ▸ Niveles de la tripulación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1, 2, 3 crew</source>
        <translation>tripulación de 1, 2, 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw the boundary of the chosen grade for every crew count the vehicle seats (crew-margin maps only)</source>
        <translation>Dibuja el límite del nivel elegido para cada número de tripulantes que admite la nave (solo mapas de margen de la tripulación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up:</source>
        <translation>Vertical:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight by odds</source>
        <translation>Ponderar por probabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fade the hole sizes that are unlikely to happen (odds of a hole this big or bigger per 6-month mission, from meteoroid and debris flux models), so the unsafe holes that are also likely stand out (maps with a hole axis)</source>
        <translation>Atenúa los tamaños de agujero poco probables (probabilidad de un agujero así de grande o mayor por misión de 6 meses, según modelos de flujo de meteoroides y basura), para que destaquen los agujeros peligrosos que además son probables (mapas con un eje de agujero)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+240"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Stop computing the map (the last map stays, marked out of date)</source>
        <translation>Detiene el cálculo del mapa (el último mapa se queda, marcado como desactualizado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grade:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The map appears here.</source>
        <translation>Aquí aparecerá el mapa.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Choose two different inputs for the axes.</source>
        <translation>Elija dos valores distintos para los ejes.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No map: {message}</source>
        <translation>Sin mapa: {message}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Computing the map…</source>
        <translation>Calculando el mapa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coarse preview — refining…</source>
        <translation>Vista previa aproximada; refinando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of date — cancelled. Press Recompute.</source>
        <translation>Desactualizado; cancelado. Pulse Recalcular.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of date — recomputing…</source>
        <translation>Desactualizado; recalculando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. Press Recompute.</source>
        <translation>Cancelado. Pulse Recalcular.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Safe in {share} of the map.</source>
        <translation>Seguro en el {share} del mapa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recompute</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/map_plot.py" line="+289"/>
        <source>this scenario</source>
        <extracomment>ColorBrewer RdBu (9 classes, colour-blind safe), unsafe (red) -&gt; limit (white) -&gt; safe (blue). Default export size [px] (16:10, fits a slide).</extracomment>
        <translation>este escenario</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/map/map_odds.py" line="+21"/>
        <source>Faded: holes less likely to happen (odds of a hole this big or bigger per 6-month mission, meteoroid and debris flux models; vivid = likelier).</source>
        <translation>Atenuado: agujeros menos probables (probabilidad de un agujero así de grande o mayor por misión de 6 meses, modelos de flujo de meteoroides y basura espacial; vivo = más probable).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a hole this big or bigger: {odds} per 6-month mission</source>
        <translation>un agujero así de grande o mayor: {odds} por misión de 6 meses</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/map/map_readout.py" line="+61"/>
        <source>{metric}: crew limit not reached ({count} crew)</source>
        <translation>{metric}: no se alcanza el límite de la tripulación (tripulación de {count})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{margin} {unit} below {grade}</source>
        <translation>{margin} {unit} por debajo de «{grade}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{grade} ({margin} {unit} over)</source>
        <translation>«{grade}» ({margin} {unit} por encima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} crew: {margin}</source>
        <translation>tripulación de {count}: {margin}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(click: load this case)</source>
        <translation>(clic: cargar este caso)</translation>
    </message>
    <message>
        <location filename="../thermoviz/analysis/jobs.py" line="+62"/>
        <source>Limits: nobody rides in this scenario (crew 0).</source>
        <translation>Límites: nadie viaja en este escenario (tripulación 0).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits: the vehicle never undocks here, so the crew never rides it home.</source>
        <translation>Límites: aquí la nave nunca se desacopla, así que la tripulación nunca regresa en ella.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../thermoviz/gui/window/actions.py" line="-17"/>
        <source>&amp;File</source>
        <extracomment>The menu bar: ids of :data:`ACTIONS`, &quot;-&quot; = separator, &quot;@name&quot; = a menu or action the window provides itself (recent files, the dock toggle, interface size), (title, items) = submenu.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;axis</source>
        <translation>&amp;Eje de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehi&amp;cle</source>
        <translation>&amp;Nave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/file_actions.py" line="-191"/>
        <source>Open &amp;recent</source>
        <extracomment>The filter picked in the last save dialog (File ▸ Export ▸ CSV: which format).</extracomment>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/high_contrast.py" line="+23"/>
        <source>&amp;High contrast</source>
        <extracomment>Window colours in high contrast: pure black on white, darker disabled text (7:1 on white).</extracomment>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thicker curves and limit lines, black text and firmer grid lines, for a pale projector or low vision. Remembered.</source>
        <translation>Curvas y líneas límite más gruesas, texto negro y cuadrícula más marcada, para un proyector pálido o baja visión. Se recuerda.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/language_menu.py" line="+32"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/units_menu.py" line="+20"/>
        <source>Degrees &amp;Celsius (°C)</source>
        <translation>Grados &amp;Celsius (°C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Degrees &amp;Fahrenheit (°F)</source>
        <translation>Grados &amp;Fahrenheit (°F)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Temperatures on the plots, readout, verdict and exports. Inputs and scenario files stay in °C. Remembered.</source>
        <translation>Temperaturas en los gráficos, la lectura, el veredicto y las exportaciones. Las entradas y los archivos de escenario siguen en °C. Se recuerda.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/window_dialogs.py" line="+7"/>
        <source>Interface &amp;size</source>
        <translation>&amp;Tamaño de la interfaz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scales text, controls and plots: 150 % suits a 1920×1080 projector, 200 % a 4K screen. Applies at once and is remembered.</source>
        <translation>Escala el texto, los controles y los gráficos: 150 % va bien para un proyector de 1920×1080, 200 % para una pantalla 4K. Se aplica al instante y se recuerda.</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../thermoviz/figure/time_axis.py" line="+4"/>
        <source>Jan</source>
        <extracomment>Month abbreviations of the date ticks (English source; not the C library&apos;s locale).</extracomment>
        <translation>ene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
</context>
<context>
    <name>MustBe</name>
    <message>
        <location filename="../thermoviz/model/scenario.py" line="-87"/>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a text value</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from {low} to {high}</source>
        <translation>un número de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/clock.py" line="+1"/>
        <source>an ISO-8601 time with its zone, e.g. 2022-12-14T23:45Z (Z = UTC)</source>
        <translation>una hora ISO-8601 con su zona, p. ej. 2022-12-14T23:45Z (Z = UTC)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../thermoviz/model/outcome/notes.py" line="+13"/>
        <source>cabin air heat capacity</source>
        <translation>capacidad térmica del aire de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall heat capacity</source>
        <translation>capacidad térmica de las paredes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air-to-wall heat exchange</source>
        <translation>intercambio de calor aire-paredes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment bay heat capacity</source>
        <translation>capacidad térmica del compartimento de equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment-to-cabin heat exchange</source>
        <translation>intercambio de calor equipos-cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment-to-wall heat exchange</source>
        <translation>intercambio de calor equipos-paredes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbital module heat capacity</source>
        <translation>capacidad térmica del módulo orbital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wall-to-orbital-module heat exchange</source>
        <translation>intercambio de calor paredes-módulo orbital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin area facing space</source>
        <translation>área de la cabina expuesta al espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment bay area facing space</source>
        <translation>área del compartimento de equipos expuesta al espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbital module area facing space</source>
        <translation>área del módulo orbital expuesta al espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insulation emissivity</source>
        <translation>emisividad del aislamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space sink temperature</source>
        <translation>temperatura del sumidero espacial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module separation time</source>
        <translation>momento de la separación de módulos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat loss after landing</source>
        <translation>pérdida de calor tras el aterrizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landing-site temperature</source>
        <translation>temperatura en el lugar de aterrizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment set-point</source>
        <translation>consigna de los equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of equipment heat in the cabin</source>
        <translation>fracción del calor de los equipos en la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat after shutdown</source>
        <translation>calor de los equipos tras el apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shutdown time after the leak</source>
        <translation>momento del apagado tras la fuga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avionics heat (docked)</source>
        <translation>calor de la aviónica (acoplada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avionics heat (free flight)</source>
        <translation>calor de la aviónica (vuelo libre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat after landing</source>
        <translation>calor tras el aterrizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air exchange</source>
        <translation>intercambio de aire con la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air temperature</source>
        <translation>temperatura del aire de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air humidity</source>
        <translation>humedad del aire de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin set-point</source>
        <translation>consigna de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dehumidifier dew point</source>
        <translation>punto de rocío del deshumidificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dehumidifier air flow</source>
        <translation>caudal de aire del deshumidificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin free volume</source>
        <translation>volumen libre de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return duration</source>
        <translation>duración del regreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator gas volume</source>
        <translation>volumen de gas del acumulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator expansion exponent</source>
        <translation>exponente de expansión del acumulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pump degradation threshold</source>
        <translation>umbral de degradación de la bomba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pump stop threshold</source>
        <translation>umbral de parada de la bomba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>radiator capacity</source>
        <translation>capacidad del radiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coolant inventory</source>
        <translation>inventario de refrigerante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loop pressure</source>
        <translation>presión del circuito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calibrated discharge coefficient</source>
        <translation>coeficiente de descarga calibrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator liquid reserve</source>
        <translation>reserva de líquido del acumulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator charge pressure</source>
        <translation>presión de carga del acumulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>residual pressure after the accumulator bottoms out</source>
        <translation>presión residual cuando el acumulador llega al tope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exposed radiator area m2</source>
        <translation>área del radiador expuesta a meteoroides y basura</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Estimated or derived from the record (no direct public figure) for {vehicle}: {names}; sources and reasoning in the vehicle file.</source>
        <translation>Estimado o deducido del registro (sin cifra pública directa) para {vehicle}: {names}; fuentes y razonamiento en el archivo de la nave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coolant: {coolant} — identity not publicly confirmed; properties {confidence}.</source>
        <translation>Refrigerante: {coolant} — identidad no confirmada públicamente; propiedades: {confidence}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leak rate calibrated to the public record: an effective discharge coefficient of {cal} (not the 0.62 of a clean hole) reproduces MS-22&apos;s slow drain; the record (still spraying at 3 h, more than half gone by 17.75 h) allows Cd from {low} to {high}; this scenario uses Cd = {cd}.</source>
        <translation>Caudal de fuga calibrado con el registro público: un coeficiente de descarga efectivo de {cal} (no el 0,62 de un orificio limpio) reproduce el lento vaciado de la MS-22; el registro (aún rociando a las 3 h, más de la mitad perdida a las 17,75 h) admite Cd de {low} a {high}; este escenario usa Cd = {cd}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{coolant} boils at the loop&apos;s {pressure} kPa: the loop is assumed charged to {charged} kPa (vapour pressure + 1 atm) instead.</source>
        <translation>{coolant} hierve a los {pressure} kPa del circuito: se supone en cambio el circuito cargado a {charged} kPa (presión de vapor + 1 atm).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Once the accumulator&apos;s {reserve} L liquid reserve is gone its bellows bottoms out and the loop pressure collapses to about {tail} kPa (vapour and gas out of solution, an estimate); the rest of the coolant then leaks out slowly.</source>
        <translation>Agotada la reserva de líquido del acumulador ({reserve} L), su fuelle llega al tope y la presión del circuito cae a unos {tail} kPa (vapor y gas desprendido, una estimación); el resto del refrigerante se fuga después lentamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The loop is not empty by the end of the run.</source>
        <translation>El circuito no está vacío al final de la simulación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{hours} h before landing the orbital module and the equipment bay (with the loop and its radiator) separate; the descent module flies on alone and their curves stay at their values at separation.</source>
        <translation>{hours} h antes del aterrizaje se separan el módulo orbital y el compartimento de equipos (con el circuito y su radiador); el módulo de descenso sigue solo y sus curvas quedan en los valores de la separación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After landing the crew is out and the capsule powered down; the cabin curve after landing is illustrative only.</source>
        <translation>Tras el aterrizaje la tripulación sale y la cápsula se apaga; la curva de la cabina tras el aterrizaje es solo ilustrativa.</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/crew/heat_strain.py" line="+290"/>
        <source>vapour pressure above {limit} kPa</source>
        <extracomment>The PHS state variables carried from one chained segment to the next (4.8.1). ISO 7933:2023 / pythermalcomfort 4.8.1 default start state (a rested subject), passed explicitly as floats so numba compiles one specialisation for first and chained calls. ISO 7933 applicability limits (Annex A, Table A.1; 2023 edition), as in pythermalcomfort 4.8.1. Sweat loss limits of ISO 7933:2023 (pythermalcomfort 4.8.1): fraction of body mass. ISO 7933 predicts one work sequence of up to 8 h (pythermalcomfort&apos;s default duration). Below this many cases per call phs runs on one numba thread. Its parallel kernel gains nothing for a single case, and on this 2-core machine with other load the thread hand-off made each call ~2 ms instead of ~0.1 ms (measured: 280 vs 3 ms per 5.5 h).</extracomment>
        <translation>presión de vapor por encima de {limit} kPa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vapour pressure below {limit} kPa</source>
        <translation>presión de vapor por debajo de {limit} kPa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air above {limit} °C</source>
        <translation>aire por encima de {limit} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air below {limit} °C</source>
        <translation>aire por debajo de {limit} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin values not finite</source>
        <translation>valores de la cabina no finitos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a crew that cannot drink, as in suits</source>
        <translation>una tripulación que no puede beber, como con trajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a crew drinking freely</source>
        <translation>una tripulación que bebe libremente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sweat loss reaches {percent}% of body mass ({kg} kg, the ISO 7933 dehydration limit for {who}) at {hours} h.</source>
        <translation>La pérdida de sudor alcanza el {percent}% de la masa corporal ({kg} kg, el límite de deshidratación de ISO 7933 para {who}) a las {hours} h.</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/crew/params.py" line="+60"/>
        <source>heat-acclimatised</source>
        <translation>aclimatada al calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not heat-acclimatised</source>
        <translation>no aclimatada al calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{model}, seated, {met} met, {clo} clo, moisture permeability i_mst {i_mst}, air {air} m/s, {acclimatised}, {mass} kg / {height} m</source>
        <translation>{model}, sentada, {met} met, {clo} clo, permeabilidad a la humedad i_mst {i_mst}, aire {air} m/s, {acclimatised}, {mass} kg / {height} m</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/engine/coupled.py" line="+41"/>
        <source>Cabin leaves the ISO 7933 PHS validity range at {hours} h ({reason}): crew core temperature after that is an extrapolation.</source>
        <translation>La cabina sale del rango de validez de ISO 7933 PHS a las {hours} h ({reason}): la temperatura central de la tripulación a partir de ahí es una extrapolación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crew core reaches {limit} °C at {hours} h, beyond the range the crew models are validated for (core below {limit} °C): higher values are extrapolations, not predictions.</source>
        <translation>La temperatura central de la tripulación alcanza {limit} °C a las {hours} h, fuera del rango en que se han validado los modelos de tripulación (central por debajo de {limit} °C): los valores más altos son extrapolaciones, no predicciones.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The crew is aboard for more than 8 h: ISO 7933 PHS predicts one work sequence of up to 8 h, so the crew curve after 8 h (no rest, meals or sleep modelled) is illustrative and sweat loss is not judged after it.</source>
        <translation>La tripulación está a bordo más de 8 h: ISO 7933 PHS predice una sola secuencia de trabajo de hasta 8 h, así que la curva de la tripulación después de 8 h (sin descanso, comidas ni sueño modelados) es ilustrativa y la pérdida de sudor no se juzga después.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a JOS-3 body (Takahashi et al. 2021, 17 segments; pythermalcomfort) with the same metabolic heat</source>
        <translation>un cuerpo JOS-3 (Takahashi et al. 2021, 17 segmentos; pythermalcomfort) con el mismo calor metabólico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an ISO 7933:2023 Predicted Heat Strain body (pythermalcomfort)</source>
        <translation>un cuerpo de Sobrecarga Térmica Estimada ISO 7933:2023 (PHS, pythermalcomfort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JOS-3 is a physiological model of healthy adults in rooms</source>
        <translation>JOS-3 es un modelo fisiológico de adultos sanos en interiores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHS is an occupational model</source>
        <translation>PHS es un modelo laboral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew and cabin computed together: each person is {body} stepped every 10 min in the cabin air, {crew}; the cabin receives what the bodies give off (metabolic heat minus heat stored, sweat evaporation limited by the air&apos;s humidity). Crew and clothing values are estimates; {kind}, not validated for seated, suited crew after months in orbit or under re-entry g-loads: treat the curve as illustrative.</source>
        <translation>Tripulación y cabina calculadas juntas: cada persona es {body}, avanzado cada 10 min en el aire de la cabina, {crew}; la cabina recibe lo que los cuerpos desprenden (calor metabólico menos el calor almacenado, evaporación del sudor limitada por la humedad del aire). Los valores de tripulación y ropa son estimaciones; {kind}, no validado para una tripulación sentada y con traje tras meses en órbita o bajo las cargas g de la reentrada: tome la curva como ilustrativa.</translation>
    </message>
</context>
<context>
    <name>Odds</name>
    <message>
        <location filename="../thermoviz/gui/window/odds_panel.py" line="+18"/>
        <source>Odds: this vehicle has no radiator area in its file.</source>
        <translation>Probabilidad: esta nave no tiene área de radiador en su archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add exposed_radiator_area_m2 to the vehicle file to see the odds of a puncture.</source>
        <translation>Añada exposed_radiator_area_m2 al archivo de la nave para ver la probabilidad de una perforación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A hole this big or bigger: about {odds} per 6-month mission (range {low} to {high}).</source>
        <translation>Un agujero así de grande o mayor: aproximadamente {odds} por misión de 6 meses (rango de {low} a {high}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected punctures of {vehicle}&apos;s radiator ({area} m², estimate) making a hole of {hole} mm or more in {days} days: {count} (range {low} to {high}); {share} from meteoroids, the rest orbital debris.</source>
        <translation>Perforaciones esperadas del radiador de {vehicle} ({area} m², estimación) con un agujero de {hole} mm o más en {days} días: {count} (rango de {low} a {high}); {share} por meteoroides, el resto basura orbital.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Models: Grün meteoroid flux (ECSS-E-ST-10-04C), NASA 91 debris model, Cour-Palais ballistic limit of the radiator wall. Every input is an estimate with a range; the band moves them together.</source>
        <translation>Modelos: flujo de meteoroides de Grün (ECSS-E-ST-10-04C), modelo de basura NASA 91, límite balístico de Cour-Palais de la pared del radiador. Cada entrada es una estimación con un rango; la banda las mueve juntas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Three leaks at the station in eleven months: about {odds} (range {low} to {high}).</source>
        <translation>Tres fugas en la estación en once meses: aproximadamente {odds} (rango de {low} a {high}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details: {command}</source>
        <translation>Detalles: {command}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Odds of a hole this big</source>
        <translation>Probabilidad de un agujero así de grande</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/odds/words.py" line="+24"/>
        <source>almost certain</source>
        <translation>casi seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} likely</source>
        <translation>probabilidad del {percent}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than 1 in a million</source>
        <translation>menos de 1 entre un millón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 in {n}</source>
        <translation>1 entre {n}</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../thermoviz/gui/vehicle/row_texts.py" line="-48"/>
        <source>time from undocking to landing</source>
        <extracomment>``thermoviz.model.param_labels``&apos; words, and the titles of the text fields that have none.</extracomment>
        <translation>tiempo del desacople al aterrizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin free air volume</source>
        <translation>volumen libre de aire de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat capacity of the cabin air and light interior</source>
        <translation>capacidad calorífica del aire de la cabina y del interior ligero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat capacity of the cabin walls and structure</source>
        <translation>capacidad calorífica de las paredes y la estructura de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat transfer from cabin air to walls</source>
        <translation>transferencia de calor del aire de la cabina a las paredes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat capacity of the equipment bay</source>
        <translation>capacidad calorífica del compartimento de equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat transfer from equipment bay to cabin air</source>
        <translation>transferencia de calor del compartimento de equipos al aire de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat transfer from equipment bay to cabin walls</source>
        <translation>transferencia de calor del compartimento de equipos a las paredes de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat capacity of the orbital module</source>
        <translation>capacidad calorífica del módulo orbital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat transfer from cabin walls to the orbital module</source>
        <translation>transferencia de calor de las paredes de la cabina al módulo orbital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin hull area facing space</source>
        <translation>área del casco de la cabina expuesta al espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment bay hull area facing space</source>
        <translation>área del casco del compartimento de equipos expuesta al espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orbital module hull area facing space</source>
        <translation>área del casco del módulo orbital expuesta al espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effective emissivity of the insulation (heat loss to space)</source>
        <translation>emisividad efectiva del aislamiento (pérdida de calor al espacio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effective temperature of space the insulation sees</source>
        <translation>temperatura efectiva del espacio que ve el aislamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module separation before landing</source>
        <translation>separación de los módulos antes del aterrizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat loss to the outside air after landing</source>
        <translation>pérdida de calor al aire exterior tras el aterrizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landing-site air temperature</source>
        <translation>temperatura del aire en el lugar de aterrizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment bay set-point</source>
        <translation>consigna del compartimento de equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat while docked</source>
        <translation>calor de los equipos con la nave acoplada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat in free flight</source>
        <translation>calor de los equipos en vuelo libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat after landing</source>
        <translation>calor de los equipos tras el aterrizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the equipment heat released in the cabin</source>
        <translation>fracción del calor de los equipos liberada en la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment heat after the shutdown</source>
        <translation>calor de los equipos tras el apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours from the leak to the equipment shutdown</source>
        <translation>horas de la fuga al apagado de los equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air flow through the hatch</source>
        <translation>caudal de aire de la estación a través de la escotilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air temperature</source>
        <translation>temperatura del aire de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station air humidity</source>
        <translation>humedad del aire de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin air set-point</source>
        <translation>consigna del aire de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dew point of the condensing heat exchanger</source>
        <translation>punto de rocío del intercambiador de calor de condensación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air flow through the condensing heat exchanger</source>
        <translation>caudal de aire a través del intercambiador de calor de condensación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seats</source>
        <translation>asientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>radiator area exposed to meteoroids and debris</source>
        <translation>área del radiador expuesta a meteoroides y basura espacial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coolant inventory</source>
        <translation>inventario de refrigerante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loop pressure before the leak</source>
        <translation>presión del circuito antes de la fuga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator gas volume</source>
        <translation>volumen de gas del acumulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator liquid reserve</source>
        <translation>reserva de líquido del acumulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator charge pressure</source>
        <translation>presión de carga del acumulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accumulator gas polytropic exponent</source>
        <translation>exponente politrópico del gas del acumulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory share below which the pump weakens</source>
        <translation>fracción del inventario por debajo de la cual la bomba se debilita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inventory share at which the pump stops</source>
        <translation>fracción del inventario con la que la bomba se detiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>radiator heat rejection capacity</source>
        <translation>capacidad de rechazo de calor del radiador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole discharge coefficient (Cd)</source>
        <translation>coeficiente de descarga del orificio (Cd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pressure left once the liquid is gone</source>
        <translation>presión que queda cuando se ha ido el líquido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Display name</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default coolant</source>
        <translation>Refrigerante por defecto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <location filename="../thermoviz/gui/schematic/playback_bar.py" line="+24"/>
        <location line="+39"/>
        <location line="+2"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Run the time cursor through the scenario (Space)</source>
        <translation>Recorre el escenario con el cursor de tiempo (Espacio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Playback speed: simulated hours per second</source>
        <translation>Velocidad de reproducción: horas simuladas por segundo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loop</source>
        <translation>En bucle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from the beginning at the end</source>
        <translation>Al final, empezar de nuevo desde el principio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>t = {hours} h</source>
        <translation>t = {hours} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause playback</source>
        <translation>Pausar la reproducción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{speed} h/s</source>
        <translation>{speed} h/s</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/schematic/schematic_view.py" line="+67"/>
        <source>t = {hours} h: coolant {pct} %, cabin {temp} °C</source>
        <extracomment>Timer tick [ms] (25 frames per second). Longest wall-clock step one tick may advance [s]: after a stall (a slow repaint, a dialog) playback continues instead of jumping ahead.</extracomment>
        <translation>t = {hours} h: refrigerante {pct} %, cabina {temp} °C</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../thermoviz/figure/spec.py" line="-79"/>
        <source>loop pressure and coolant left</source>
        <extracomment>Line styles a :class:`Pen` may name (mapped to Qt pen styles by the figure layer). The plots in reading order. Display ranges keep every limit line in view with room above it (the danger band on the cabin plot, the 40 °C line on the crew plot).</extracomment>
        <translation>presión del circuito y refrigerante restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure [kPa]</source>
        <translation>Presión [kPa]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p [kPa]</source>
        <translation>p [kPa]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant left [%]</source>
        <translation>Refrigerante restante [%]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coolant [%]</source>
        <translation>Refrig. [%]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat flows and the water condensed on the walls</source>
        <translation>flujos de calor y el agua condensada en las paredes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat [W]</source>
        <translation>Calor [W]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condensed water [kg]</source>
        <translation>Agua condensada [kg]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Water [kg]</source>
        <translation>Agua [kg]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cabin air/wet-bulb temperature and humidity with comfort and survivability limits</source>
        <translation>temperatura del aire y de bulbo húmedo de la cabina y humedad, con límites de confort y supervivencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin [°C]</source>
        <translation>Cabina [°C]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rel. humidity [%]</source>
        <translation>Humedad rel. [%]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RH [%]</source>
        <translation>HR [%]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comfort {low:g}–{high:g} °C</source>
        <translation>Confort {low:g}–{high:g} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Soyuz spec {low:g}–{high:g} °C</source>
        <translation>Especificación Soyuz {low:g}–{high:g} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danger above {low:g} °C</source>
        <translation>Peligro por encima de {low:g} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wet-bulb {low:g} °C: measured limit</source>
        <translation>Bulbo húmedo {low:g} °C: límite medido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet-bulb {low:g} °C: survival limit</source>
        <translation>Bulbo húmedo {low:g} °C: límite de supervivencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RH {low:g}–{high:g} % (right axis)</source>
        <translation>HR {low:g}–{high:g} % (eje derecho)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equipment bay {high:g} °C</source>
        <translation>Compartimento de equipos {high:g} °C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crew core temperature with the ISO 7933 limit</source>
        <translation>temperatura central de la tripulación con el límite de ISO 7933</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew core [°C]</source>
        <translation>Temperatura central [°C]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Core [°C]</source>
        <translation>Central [°C]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low:g} °C: ISO 7933 PHS limit</source>
        <translation>{low:g} °C: límite PHS de ISO 7933</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low:g} °C: performance loss</source>
        <translation>{low:g} °C: pérdida de rendimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low:g} °C: heat-stroke danger</source>
        <translation>{low:g} °C: peligro de golpe de calor</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../thermoviz/model/outcome/result.py" line="-34"/>
        <source>Loop pressure</source>
        <extracomment>Every drawn series, in legend and readout order.
----------
Every series a Result carries, with its unit and a human label (plots, CSV headers).</extracomment>
        <translation>Presión del circuito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant left (right axis)</source>
        <translation>Refrigerante restante (eje derecho)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coolant</source>
        <translation>Refrigerante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat generated (avionics + crew)</source>
        <translation>Calor generado (aviónica + tripulación)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejection capacity</source>
        <translation>Capacidad de disipación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat rejected</source>
        <translation>Calor disipado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Disipado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condensed water (right axis)</source>
        <translation>Agua condensada (eje derecho)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condensed</source>
        <translation>Condensada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cabin air</source>
        <translation>Aire de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walls (structure)</source>
        <translation>Paredes (estructura)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Walls</source>
        <translation>Paredes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay</source>
        <translation>Compartimento de equipos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wet-bulb</source>
        <translation>Bulbo húmedo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rel. humidity (right axis)</source>
        <translation>Humedad rel. (eje derecho)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RH</source>
        <translation>HR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew core (rectal)</source>
        <translation>Temperatura central (rectal)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew core</source>
        <translation>T. central</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>event timeline</source>
        <extracomment>The limit [°C] that fills the ``{limit}`` of a compact label above. Event lines not listed above. Plot keys in reading order.</extracomment>
        <translation>cronología de eventos</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/figure.py" line="+137"/>
        <source>Events</source>
        <extracomment>Title of the time axis before a result is shown (then :func:`~thermoviz.figure.time_axis.axis_title`).</extracomment>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>Outside model validity: {names} — the model&apos;s inputs leave its validated range here; values are extrapolations</source>
        <translation>Fuera de la validez del modelo: {names}; las entradas del modelo salen aquí de su rango validado y los valores son extrapolaciones</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/time_axis.py" line="+56"/>
        <source>Moscow time</source>
        <extracomment>The named zone of the &quot;zone&quot; mode: mission control and the Russian agency report in Moscow time. Modes that need ``Scenario.start_utc``. Tick spacings offered in the calendar modes [h], finest first. Tick spacings offered in the hour modes [h], finest first. Pixels kept per tick label: most date ticks are &quot;06:00&quot; (about 45 px at 11 pt), the first and midnight ones &quot;15 Dec 06:00&quot; / &quot;16 Dec&quot; (about 95 / 50 px); hour labels about 40 px.</extracomment>
        <translation>hora de Moscú</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours since the puncture</source>
        <translation>Horas desde la perforación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours since the start of the run</source>
        <translation>Horas desde el inicio de la simulación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time (UTC)</source>
        <translation>Fecha y hora (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time ({zone})</source>
        <translation>Fecha y hora ({zone})</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/outcome/result.py" line="+1"/>
        <source>Coolant remaining</source>
        <translation>Refrigerante restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat rejected by the loop</source>
        <translation>Calor evacuado por el circuito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat-rejection capacity</source>
        <translation>Capacidad de evacuación de calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat generated inside (avionics + crew)</source>
        <translation>Calor generado dentro (aviónica + tripulación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin air temperature</source>
        <translation>Temperatura del aire de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin relative humidity</source>
        <translation>Humedad relativa de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin wet-bulb temperature</source>
        <translation>Temperatura de bulbo húmedo de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin wall (structure) temperature</source>
        <translation>Temperatura de las paredes de la cabina (estructura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay temperature</source>
        <translation>Temperatura del compartimento de equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water condensed on the walls</source>
        <translation>Agua condensada en las paredes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew core (rectal) temperature</source>
        <translation>Temperatura central de la tripulación (rectal)</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/crew_beyond.py" line="+27"/>
        <source>Crew core beyond the model&apos;s validity range: an extrapolation, drawn dotted and never above {cap} °C</source>
        <translation>Temperatura central fuera del rango de validez del modelo: una extrapolación, dibujada punteada y nunca por encima de {cap} °C</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The crew model is extrapolated here; the core is drawn dotted and held at {cap} °C where the model gives more (its raw values are in the CSV and --json).</source>
        <translation>Aquí el modelo de la tripulación extrapola; la temperatura central se dibuja punteada y se mantiene en {cap} °C donde el modelo da más (sus valores sin recortar están en el CSV y en --json).</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/parts.py" line="+39"/>
        <source>Value&apos;s confidence: {confidence}</source>
        <extracomment>Confidence tags worth repeating next to the label (docs/sources.md): the product must say where a number is quoted from memory or estimated.</extracomment>
        <translation>Confianza del valor: {confidence}</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>outside model validity</source>
        <extracomment>Height [px] each further line of a legend row broken with ``&lt;br&gt;`` adds (one 11 pt line).</extracomment>
        <translation>fuera de la validez del modelo</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/plot_notes.py" line="+75"/>
        <source>Curves not current: see the message above</source>
        <extracomment>Opacity of the curves while the shown result is not the current scenario&apos;s (an error state).</extracomment>
        <translation>Curvas no actualizadas: vea el mensaje de arriba</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Crew heat strain: computing…</source>
        <translation>Estrés térmico de la tripulación: calculando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No crew in this scenario</source>
        <translation>No hay tripulación en este escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew not aboard: vehicle stays docked</source>
        <translation>La tripulación no está a bordo: la nave sigue acoplada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No crew core temperature available</source>
        <translation>No hay temperatura central de la tripulación</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/reference.py" line="+92"/>
        <source>Reference: {label}</source>
        <extracomment>Opacity (0-255) of the pinned reference&apos;s curves: the same colours, faded. The pinned scenario&apos;s title in the legend is cut to this many characters (full text: tooltip).</extracomment>
        <translation>Referencia: {label}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Faded: reference</source>
        <translation>Atenuadas: referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faded: reference (aligned at undock)</source>
        <translation>Atenuadas: referencia (alineada en el desacoplamiento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faded: reference (aligned at puncture)</source>
        <translation>Atenuadas: referencia (alineada en la perforación)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pinned reference: {label}. Its curves are drawn faded in the same colours, shifted so both scenarios undock (else are punctured) at the same time. View ▸ Clear reference removes it.</source>
        <translation>Referencia fijada: {label}. Sus curvas se dibujan atenuadas en los mismos colores, desplazadas para que ambos escenarios se desacoplen (si no, se perforen) al mismo tiempo. Ver ▸ Quitar referencia la elimina.</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/limits.py" line="+36"/>
        <source>beyond the model</source>
        <extracomment>The cabin temperature whose first crossing is the ``cabin_temp_limit`` event. The crew core temperature whose first crossing is the ``crew_limit`` event. The equipment-bay temperature whose first crossing is the ``equipment_limit`` event. Crew core temperatures [°C] the verdict grades by: stop work, performance loss, heat stroke. Figures draw the crew core temperature no higher than this [°C] and label what lies above &quot;beyond the model&quot;: PHS is an occupational model fitted well below it. The raw series is never clamped; ``Result.outside_validity`` marks the extrapolated part. Highest crew core temperature [°C] the crew models are taken as validated for. PHS (ISO 7933; Malchaire et al. 2001) and JOS-3 (Takahashi et al. 2021) were fitted and checked on laboratory and field exposures that stop subjects well before heat stroke, so a core at or above the heat-stroke line is never a validated number (an estimate of the range: 39-40 °C; we take its upper end). From the first sample at or above it, ``Result.outside_validity`` marks the crew core as extrapolated (``--json`` ``peaks_extrapolated``, the CSV validity column).</extracomment>
        <translation>fuera del modelo</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/explain_text.py" line="+28"/>
        <location filename="../thermoviz/io/explanations.py" line="+159"/>
        <source>Source: {source}</source>
        <extracomment>Keys announced by the coming equipment/wall model: allowed before the model has them.</extracomment>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shift+F1, then click a curve or legend entry: more.</source>
        <translation>Shift+F1 y luego clic en una curva o entrada de la leyenda: más información.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours since the puncture (negative: before it). All scenarios share this origin, so a pinned reference and a what-if line up.</source>
        <translation>Horas desde la perforación (negativas: antes de ella). Todos los escenarios comparten este origen, así que una referencia fijada y una hipótesis quedan alineadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours since the start of the simulated run.</source>
        <translation>Horas desde el inicio de la simulación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar date and time in UTC (Coordinated Universal Time), from the scenario&apos;s start time.</source>
        <translation>Fecha y hora de calendario en UTC (tiempo universal coordinado), a partir de la hora de inicio del escenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar date and time in the named zone, from the scenario&apos;s start time.</source>
        <translation>Fecha y hora de calendario en la zona indicada, a partir de la hora de inicio del escenario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run starts at {start} (UTC), from the reported timeline of the preset.</source>
        <translation>La simulación empieza el {start} (UTC), según la cronología publicada del escenario predefinido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scenario has no start time (or no puncture), so the axis shows hours.</source>
        <translation>Este escenario no tiene hora de inicio (o no tiene perforación), así que el eje muestra horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change it in View ▸ Time axis.</source>
        <translation>Cámbielo en Ver ▸ Eje de tiempo.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../thermoviz/io/preset_texts.py" line="+41"/>
        <source>What-if: settings changed from the original; the text below describes the original.</source>
        <extracomment>The automatic marks of a what-if derived from a preset (:mod:`thermoviz.gui.window.scenario_text`).</extracomment>
        <translation>Hipótesis: ajustes cambiados respecto al original; el texto de abajo describe el original.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{title} (modified)</source>
        <translation>{title} (modificado)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Soyuz MS-22 coolant leak (15 Dec 2022)</source>
        <translation>Fuga de refrigerante de la Soyuz MS-22 (15 dic. 2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A micrometeoroid punctures the external radiator loop of the docked Soyuz MS-22. The coolant sprays out for hours, but with the hatch open, station air keeps the cabin near 27–30 °C.</source>
        <translation>Un micrometeoroide perfora el circuito exterior del radiador de la Soyuz MS-22 acoplada. El refrigerante sale a chorro durante horas, pero con la escotilla abierta el aire de la estación mantiene la cabina cerca de 27–30 °C.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What if: MS-22 brings its crew home after the leak</source>
        <translation>Hipótesis: la MS-22 trae a su tripulación a casa tras la fuga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same leak as Soyuz MS-22, but two days later the three crew close the hatch and ride it home. With no working radiator loop the cabin heats towards the ~40 °C that Roscosmos and NASA predicted.</source>
        <translation>La misma fuga que en la Soyuz MS-22, pero dos días después los tres tripulantes cierran la escotilla y regresan en ella. Sin un circuito de radiador que funcione, la cabina se calienta hacia los ~40 °C que predijeron Roscosmos y la NASA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soyuz MS-23 nominal return (27 Sep 2023)</source>
        <translation>Regreso nominal de la Soyuz MS-23 (27 sep. 2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The replacement Soyuz brings Prokopyev, Petelin and Rubio home after 371 days. Its cooling loop is intact, so the cabin stays comfortable all the way down.</source>
        <translation>La Soyuz de reemplazo trae a casa a Prokópiev, Petelin y Rubio tras 371 días. Su circuito de refrigeración está intacto, así que la cabina se mantiene cómoda durante todo el descenso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress MS-21 coolant leak (11 Feb 2023)</source>
        <translation>Fuga de refrigerante de la Progress MS-21 (11 feb. 2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two months after MS-22, the uncrewed cargo ship Progress MS-21, docked to Poisk, loses all the coolant of its external loop. Nobody rides it; it undocks a week later and burns up.</source>
        <translation>Dos meses después de la MS-22, la nave de carga sin tripulación Progress MS-21, acoplada a Poisk, pierde todo el refrigerante de su circuito exterior. Nadie viaja en ella; se desacopla una semana después y se desintegra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nauka backup radiator leak (9 Oct 2023)</source>
        <translation>Fuga del radiador de reserva de Nauka (9 oct. 2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flakes stream from the backup radiator (RTOd) on the station&apos;s Nauka module. Only the backup loop empties; Nauka&apos;s main cooling loop carries on, so the cabin does not change.</source>
        <translation>Salen escamas del radiador de reserva (RTOd) del módulo Nauka de la estación. Solo se vacía el circuito de reserva; el circuito de refrigeración principal de Nauka sigue funcionando, así que la cabina no cambia.</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../thermoviz/gui/plots/cursor_readout.py" line="+20"/>
        <source>computing…</source>
        <extracomment>Column counts tried, widest first, when the window is narrow (e.g. a 1024x768 projector). Texts the crew value shows besides numbers: the readout makes room for them (never &quot;not aboa&quot;).</extracomment>
        <translation>calculando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not aboard</source>
        <translation>no a bordo</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+56"/>
        <location line="+9"/>
        <source>Cursor</source>
        <extracomment>Scenario hour -&gt; text in the time axis&apos;s terms (the dashboard sets it).</extracomment>
        <translation>Cursor</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Time cursor: drag the vertical line or click a plot; the values below are at that time.</source>
        <translation>Cursor de tiempo: arrastre la línea vertical o haga clic en un gráfico; los valores de abajo son de ese momento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} at the cursor time (linear interpolation)</source>
        <translation>{name} en el instante del cursor (interpolación lineal)</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/dashboard.py" line="+38"/>
        <source>Time cursor: drag it, or click a plot</source>
        <extracomment>After the last interactive redraw, full-quality (antialiased) curves return this much later [ms]. Events the cursor jumps to when a result is first shown, in order of preference. Emitted with the cursor time [h] whenever the cursor moves.</extracomment>
        <translation>Cursor de tiempo: arrástrelo o haga clic en un gráfico</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../thermoviz/export/pdf_report.py" line="+132"/>
        <source>Figure 1.</source>
        <extracomment>Logical size of the dashboard drawn on the figure page: about the aspect of the A4 text area, so the figure fills the page (drawn at about 0.68 scale: 11 pt axis text prints at about 7.5 pt).</extracomment>
        <translation>Figura 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: {plots} (time axis: {time_base}). Shaded/hatched spans: outside model validity.</source>
        <translation>{title}: {plots} (eje de tiempo: {time_base}). Tramos sombreados/rayados: fuera de la validez del modelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Faded curves in the same colours: the reference scenario {name}.</source>
        <translation>Curvas tenues de los mismos colores: el escenario de referencia {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faded curves in the same colours: the reference scenario {name}, shifted so that both undock at the same time.</source>
        <translation>Curvas tenues de los mismos colores: el escenario de referencia {name}, desplazado para que ambos se desacoplen a la vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faded curves in the same colours: the reference scenario {name}, shifted so that both are punctured at the same time.</source>
        <translation>Curvas tenues de los mismos colores: el escenario de referencia {name}, desplazado para que ambos se perforen a la vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crew band.</source>
        <translation>Banda de la tripulación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncertainty.</source>
        <translation>Incertidumbre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaded bands: 5–95 % of the curves over {n} plausible vehicles (a seeded Latin-hypercube sample of the estimated parameters&apos; ranges, seed {seed}). {sentence} (rank correlation with the peak).</source>
        <translation>Bandas sombreadas: 5–95 % de las curvas de {n} naves plausibles (muestra de hipercubo latino con semilla de los rangos de los parámetros estimados, semilla {seed}). {sentence} (correlación de rangos con el pico).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sentence} (crew model PHS; peaks while the crew is aboard).</source>
        <translation>{sentence} (modelo de tripulación PHS; picos mientras la tripulación está a bordo).</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_calibration.py" line="+18"/>
        <source>fitted</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held out</source>
        <translation>reservado para comprobar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The leak model has one parameter fitted to the public record (Cd); the cabin has four, fitted to the docked record only: {fitted}. Every other cabin number is an estimate from its own reasoning (vehicle file). The other record items, the crewed return among them, are held out and only checked against.</source>
        <translation>El modelo de fuga tiene un parámetro ajustado al registro público (Cd); la cabina tiene cuatro, ajustados solo al registro con la nave acoplada: {fitted}. Cualquier otro número de la cabina es una estimación con su propio razonamiento (archivo de la nave). Los demás elementos del registro, entre ellos el regreso con tripulación, se reservan y solo sirven de comprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record item</source>
        <translation>Elemento del registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameter / check</source>
        <translation>Parámetro / comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discharge coefficient Cd for this loop: MS-22 {note}; this run uses Cd = {cd}.</source>
        <translation>Coeficiente de descarga Cd de este circuito: MS-22 {note}; esta simulación usa Cd = {cd}.</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_crew_band.py" line="+30"/>
        <source>not computed</source>
        <extracomment>Marks of the table&apos;s footnotes: beyond the validated core range; graded by the wet bulb.</extracomment>
        <translation>no calculado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Central curve: {label}. It is the crew core curve of Figure 1 and the one the verdict grades. {why}.</source>
        <translation>Curva central: {label}. Es la curva del núcleo de la tripulación de la figura 1 y la que califica el veredicto. {why}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>their envelope is the shaded crew band of Figure 1.</source>
        <translation>su envolvente es la banda sombreada de la tripulación de la figura 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>their envelope is the crew band (Figure 1 shades the vehicles&apos; uncertainty band instead).</source>
        <translation>su envolvente es la banda de la tripulación (la figura 1 sombrea en su lugar la banda de incertidumbre de las naves).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{central} The other rows change one assumption at a time from the central crew; {envelope}</source>
        <translation>{central} Las demás filas cambian un supuesto cada vez respecto de la tripulación central; {envelope}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew band: both crew models and the crew assumptions</source>
        <translation>Banda de la tripulación: ambos modelos y los supuestos de la tripulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew assumptions (one change from the central crew)</source>
        <translation>Supuestos de la tripulación (un cambio respecto de la central)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew model</source>
        <translation>Modelo de tripulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak crew core while aboard [{unit}]</source>
        <translation>Pico del núcleo a bordo [{unit}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew grade</source>
        <translation>Grado de la tripulación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Central:</source>
        <translation>Central:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{mark} At or above {limit} °C the core is beyond the range where the crew models are validated: an extrapolation, to compare the assumptions, not a prediction.</source>
        <translation>{mark} A partir de {limit} °C el núcleo está fuera del rango en que se validaron los modelos de tripulación: una extrapolación, para comparar los supuestos, no una predicción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{mark} Graded by the cabin wet bulb reaching 35 °C (sweat can no longer cool), not by the core.</source>
        <translation>{mark} Calificado por el bulbo húmedo de la cabina al llegar a 35 °C (el sudor ya no enfría), no por el núcleo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peaks are taken over the crew-aboard period; every row is its own coupled crew-cabin run of this scenario and vehicle.</source>
        <translation>Los picos se toman mientras la tripulación está a bordo; cada fila es su propia simulación acoplada tripulación-cabina de este escenario y nave.</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_energy.py" line="+13"/>
        <source>Generated inside (equipment + crew)</source>
        <translation>Generado dentro (equipos + tripulación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by the loop</source>
        <translation>Evacuado por el circuito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the station air (docked)</source>
        <translation>Al aire de la estación (acoplada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiated to space</source>
        <translation>Radiado al espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the outside air (after landing)</source>
        <translation>Al aire exterior (tras el aterrizaje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: cabin air</source>
        <translation>Almacenado: aire de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: cabin walls</source>
        <translation>Almacenado: paredes de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: equipment bay</source>
        <translation>Almacenado: compartimento de equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: orbital module</source>
        <translation>Almacenado: módulo orbital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: cabin water vapour</source>
        <translation>Almacenado: vapor de agua de la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored: crew bodies</source>
        <translation>Almacenado: cuerpos de la tripulación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whole run</source>
        <translation>Toda la simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../thermoviz/export/report_text.py" line="+211"/>
        <source>While the crew is aboard</source>
        <translation>Mientras la tripulación está a bordo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the heat went</source>
        <translation>Adónde fue el calor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Residual (books not closed)</source>
        <translation>Residuo (balance no cerrado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated = rejected + station + space + outside air + stored + residual. Nothing else takes heat: there is no fixed-temperature surroundings. Negative: heat taken in (station air warmer than the cabin) or given up by a store.</source>
        <translation>Generado = evacuado + estación + espacio + aire exterior + almacenado + residuo. Nada más absorbe calor: no hay entorno a temperatura fija. Negativo: calor recibido (aire de la estación más caliente que la cabina) o cedido por un almacén.</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_text.py" line="-185"/>
        <source>Leak: single-phase liquid orifice law into vacuum, dV/dt = Cd·A·√(2(P − P_v)/ρ) (thin-wall hole, Henry &amp; Fauske).  Cd 0.62 is a clean sharp-edged hole; presets use an effective Cd fitted to the MS-22 record (0.12; the record, read as inequalities, allows about 0.05 to 1).</source>
        <extracomment>The model&apos;s main assumptions, summarised from docs/sources.md §6 and the model docstrings.</extracomment>
        <translation>Fuga: ley de orificio de líquido monofásico hacia el vacío, dV/dt = Cd·A·√(2(P − P_v)/ρ) (orificio de pared delgada, Henry &amp; Fauske). Cd 0,62 es un orificio limpio de arista viva; los escenarios usan un Cd efectivo ajustado al registro de la MS-22 (0,12; el registro, leído como desigualdades, admite de 0,05 a 1 aproximadamente).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loop pressure: a bellows accumulator whose gas expands polytropically, P = P0·(V_g0/(V_g0 + V))^n, 1 ≤ n ≤ 1.4, until its liquid reserve is used up; then it bottoms out, the pressure collapses to the coolant&apos;s vapour pressure plus a small residual (estimate) and the rest leaks out slowly.  Accumulator volumes of Soyuz/Progress are not public (estimates).</source>
        <translation>Presión del circuito: un acumulador de fuelle cuyo gas se expande politrópicamente, P = P0·(V_g0/(V_g0 + V))^n, 1 ≤ n ≤ 1,4, hasta agotar su reserva de líquido; entonces llega al tope, la presión cae a la presión de vapor del refrigerante más un pequeño residuo (estimación) y el resto se fuga lentamente. Los volúmenes de los acumuladores de Soyuz/Progress no son públicos (estimaciones).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heat rejection capacity falls as the loop loses coolant; coolant identity, loop volumes and radiator capacities of Soyuz/Progress are not published (estimates).</source>
        <translation>La capacidad de evacuación de calor cae a medida que el circuito pierde refrigerante; la identidad del refrigerante, los volúmenes de los circuitos y las capacidades de los radiadores de Soyuz/Progress no están publicados (estimaciones).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vehicle: four well-mixed thermal nodes (cabin air, cabin walls, equipment bay, orbital module) and no fixed-temperature surroundings: heat leaves only through the loop (ideal thermostat up to its capacity), the station air (docked, hatch open), radiation to space through the insulation (a few W/m²) and, after landing, the outside air; the orbital module and equipment bay separate before entry. The crew&apos;s mean radiant temperature is the walls&apos;, and their radiant heat goes to the walls. Humidity from the crew&apos;s latent load into the free volume; vapour above saturation condenses on the coldest surface.</source>
        <translation>Nave: cuatro nodos térmicos bien mezclados (aire de la cabina, paredes de la cabina, compartimento de equipos, módulo orbital) y ningún entorno a temperatura fija: el calor sale solo por el circuito (termostato ideal hasta su capacidad), el aire de la estación (acoplada, escotilla abierta), la radiación al espacio a través del aislamiento (unos pocos W/m²) y, tras el aterrizaje, el aire exterior; el módulo orbital y el compartimento de equipos se separan antes de la reentrada. La temperatura radiante media de la tripulación es la de las paredes, y su calor radiante va a las paredes. La humedad de la carga latente de la tripulación va al volumen libre; el vapor por encima de la saturación se condensa en la superficie más fría.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Crew: ISO 7933:2023 Predicted Heat Strain (pythermalcomfort), valid for 15–50 °C air, water-vapour pressure ≤ 4.5 kPa, met 0.96–4.3, clo 0.1–1; outside that range values are extrapolations and are flagged, never clipped.</source>
        <translation>Tripulación: ISO 7933:2023 Predicted Heat Strain (pythermalcomfort), válido para aire de 15–50 °C, presión de vapor de agua ≤ 4,5 kPa, met 0,96–4,3, clo 0,1–1; fuera de ese rango los valores son extrapolaciones y se marcan, nunca se recortan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All results are estimates for teaching and what-if exploration, not a flight-safety analysis.</source>
        <translation>Todos los resultados son estimaciones para la enseñanza y la exploración de hipótesis, no un análisis de seguridad de vuelo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{vehicle}: {hole} mm hole in the {loop} loop</source>
        <translation>{vehicle}: orificio de {hole} mm en el circuito {loop}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>does not happen</source>
        <translation>no ocurre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{hours} h ({sign}{whole} h {minutes} min)</source>
        <translation>{hours} h ({sign}{whole} h {minutes} min)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none ({meaning})</source>
        <translation>ninguno ({meaning})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{grade} ({meaning}); the four grades are explained in docs/grades.md and Help ▸ Crew grades.</source>
        <translation>{grade} ({meaning}); los cuatro grados se explican en docs/grades.md y en Ayuda ▸ Niveles de la tripulación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crew grade:</source>
        <translation>Grado de la tripulación:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>safe</source>
        <extracomment>The verdict&apos;s severity words in the report&apos;s heading (&quot;Verdict (danger):&quot;).</extracomment>
        <translation>seguro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caution</source>
        <translation>precaución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>danger</source>
        <translation>peligro</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>thermoviz {version} simulation report · generated {when} · simulated span {span} h</source>
        <extracomment>The grid tables&apos; opening tag.</extracomment>
        <translation>Informe de simulación de thermoviz {version} · generado {when} · intervalo simulado {span} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · starts {start}</source>
        <translation> · empieza {start}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict ({severity}):</source>
        <translation>Veredicto ({severity}):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run clock (h from start)</source>
        <translation>Reloj de la simulación (h desde el inicio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date and time (UTC)</source>
        <translation>Fecha y hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key events</source>
        <translation>Eventos clave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario parameters</source>
        <translation>Parámetros del escenario</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum over the run</source>
        <translation>Máximo en la simulación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peaks</source>
        <translation>Picos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (extrapolated: beyond the model&apos;s validated range)</source>
        <translation> (extrapolado: fuera del rango validado del modelo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not computed / no crew aboard</source>
        <translation>no calculado / sin tripulación a bordo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Crew-relevant peaks (cabin air, humidity, wet bulb, crew core) are taken over the crew-aboard period. Crew core values at or above {limit} °C, or after the cabin leaves the PHS input range, are extrapolations beyond the crew model&apos;s validated range.</source>
        <translation>Los picos relevantes para la tripulación (aire de la cabina, humedad, bulbo húmedo, núcleo) se toman mientras la tripulación está a bordo. Los valores del núcleo de {limit} °C o más, o tras salir la cabina del rango de entrada de PHS, son extrapolaciones fuera del rango validado del modelo de tripulación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main model assumptions</source>
        <translation>Supuestos principales del modelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes on this run</source>
        <translation>Notas sobre esta simulación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crew heat strain was not computed for this report.</source>
        <translation>El estrés térmico de la tripulación no se calculó para este informe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit lines and their sources</source>
        <translation>Líneas de límite y sus fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence tags: &lt;i&gt;confirmed&lt;/i&gt; = checked against the cited source; &lt;i&gt;reported once&lt;/i&gt; = a single press report; &lt;i&gt;from memory&lt;/i&gt; = quoted from memory of the standard, to be checked; &lt;i&gt;estimate&lt;/i&gt; = reasoned estimate.</source>
        <translation>Etiquetas de confianza: &lt;i&gt;confirmado&lt;/i&gt; = comprobado con la fuente citada; &lt;i&gt;informado una vez&lt;/i&gt; = una sola noticia de prensa; &lt;i&gt;de memoria&lt;/i&gt; = citado de memoria de la norma, por comprobar; &lt;i&gt;estimación&lt;/i&gt; = estimación razonada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to rebuild this report</source>
        <translation>Cómo reconstruir este informe</translation>
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
        <translation>que sobreviven (por debajo de {meaning})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept below {grade}</source>
        <translation>por debajo de {grade}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest undock with {crew} crew {below}: {value} after the puncture</source>
        <extracomment>The head of a found limit&apos;s sentence, by (field kind, direction).</extracomment>
        <translation>Desacople más tardío con {crew} a bordo {below}: {value} tras la perforación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earliest undock with {crew} crew {below}: {value} after the puncture</source>
        <translation>Desacople más temprano con {crew} a bordo {below}: {value} tras la perforación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest undock with {crew} crew {below}: {value} after the start</source>
        <translation>Desacople más tardío con {crew} a bordo {below}: {value} desde el inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earliest undock with {crew} crew {below}: {value} after the start</source>
        <translation>Desacople más temprano con {crew} a bordo {below}: {value} desde el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest hole with {crew} crew {below}: {value}</source>
        <translation>Orificio más grande con {crew} a bordo {below}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest hole with {crew} crew {below}: {value}</source>
        <translation>Orificio más pequeño con {crew} a bordo {below}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest {what} with {crew} crew {below}: {value}</source>
        <translation>Mayor valor de «{what}» con {crew} a bordo {below}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest {what} with {crew} crew {below}: {value}</source>
        <translation>Menor valor de «{what}» con {crew} a bordo {below}: {value}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Even 1 crew member reaches {grade} on this return</source>
        <translation>Incluso 1 tripulante llega a {grade} en este regreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most crew {below}: {best} of {seats}</source>
        <translation>Máximo de tripulantes {below}: {best} de {seats}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No {what} from {low} to {high} keeps {crew} crew below {grade}</source>
        <translation>Ningún valor de «{what}» entre {low} y {high} mantiene a una tripulación de {crew} por debajo de {grade}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{crew} crew stay below {grade} over the whole range searched, up to {high}</source>
        <translation>Con {crew} a bordo, la tripulación se mantiene por debajo de {grade} en todo el rango buscado, hasta {high}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} crew: none</source>
        <translation>{count} a bordo: ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} crew: all up to {value}</source>
        <translation>{count} a bordo: todo hasta {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} crew: {value}</source>
        <translation>{count} a bordo: {value}</translation>
    </message>
</context>
<context>
    <name>Schematic</name>
    <message>
        <location filename="../thermoviz/figure/schematic_words.py" line="+14"/>
        <source>docked to the station</source>
        <translation>acoplada a la estación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>free flight, hatch closed</source>
        <translation>vuelo libre, escotilla cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>landed</source>
        <translation>aterrizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>station module</source>
        <translation>módulo de la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = {hours} h</source>
        <translation>t = {hours} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cabin air {temp} °C</source>
        <translation>Aire de la cabina {temp} °C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · wet-bulb {temp} °C</source>
        <translation> · bulbo húmedo {temp} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · walls {temp} °C</source>
        <translation> · paredes {temp} °C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RH {rh} %</source>
        <translation>HR {rh} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncrewed cargo ship</source>
        <translation>Nave de carga sin tripulación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew on the station</source>
        <translation>La tripulación está en la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landed: the crew is out</source>
        <translation>Aterrizada: la tripulación ha salido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No crew aboard</source>
        <translation>Sin tripulación a bordo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} crew</source>
        <translation>tripulantes: {count}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{people} · core not computed</source>
        <translation>{people} · núcleo no calculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} · core {temp} °C</source>
        <translation>{people} · núcleo {temp} °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beyond the crew model&apos;s range: extrapolated</source>
        <translation>fuera del rango del modelo de tripulación: extrapolado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay</source>
        <translation>Compartimento de equipos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its temperature is not in this model</source>
        <translation>su temperatura no está en este modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment bay {temp} °C</source>
        <translation>Compartimento de equipos {temp} °C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>avionics {watts} W here</source>
        <translation>aviónica {watts} W aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, {watts} W in the cabin</source>
        <translation>, {watts} W en la cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coolant {pct} %</source>
        <translation>Refrigerante {pct} %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{left} of {total} L</source>
        <translation>{left} de {total} L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure {kpa} kPa</source>
        <translation>Presión {kpa} kPa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was {kpa} kPa</source>
        <translation>era {kpa} kPa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bellows bottomed out</source>
        <translation>El fuelle llegó al tope</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserve {left} of {total} L</source>
        <translation>Reserva {left} de {total} L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intact loops</source>
        <translation>Circuitos intactos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reject {watts} W</source>
        <translation>evacuan {watts} W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radiator</source>
        <translation>Radiador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>working</source>
        <translation>funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead</source>
        <translation>parado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pump running</source>
        <translation>Bomba en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pump at {pct}</source>
        <translation>Bomba al {pct}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pump stopped</source>
        <translation>Bomba parada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accumulator</source>
        <translation>Acumulador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hole</source>
        <translation>Orificio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leak {rate} L/h</source>
        <translation>Fuga {rate} L/h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bay → air {watts}</source>
        <translation>Compartimento → aire {watts}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avionics {watts} W</source>
        <translation>Aviónica {watts} W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew {watts} W</source>
        <translation>Tripulación {watts} W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{watts} W</source>
        <translation>{watts} W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>evacuado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to space</source>
        <translation>al espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walls → air {watts}</source>
        <translation>Paredes → aire {watts}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hull → walls {watts}</source>
        <translation>casco → paredes {watts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hull {watts}</source>
        <translation>Casco {watts}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station air {watts}</source>
        <translation>Aire de la estación {watts}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../thermoviz/gui/window/settings.py" line="+61"/>
        <source>settings: ignored the remembered scenario ({error})</source>
        <extracomment>What was ignored in the settings at this start (one line each), for the window to show: English Phrases (stderr gets the English), shown in the window&apos;s language with ``shown()``.</extracomment>
        <translation>ajustes: se ignoró el escenario recordado ({error})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>settings: ignored the remembered preset ({error})</source>
        <translation>ajustes: se ignoró el escenario predefinido recordado ({error})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>settings: the remembered preset {name} no longer exists; ignored</source>
        <translation>ajustes: el escenario predefinido recordado {name} ya no existe; ignorado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>settings: ignored the interface size (not a number)</source>
        <extracomment>Interface sizes offered in View ▸ Interface size (Qt&apos;s QT_SCALE_FACTOR): 150 % makes a 1920x1080 projector lay out like 1280x720, 200 % a 4K screen like 1920x1080.</extracomment>
        <translation>ajustes: se ignoró el tamaño de la interfaz (no es un número)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settings: ignored the interface size {value} (offered: {offered})</source>
        <translation>ajustes: se ignoró el tamaño de la interfaz {value} (disponibles: {offered})</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../thermoviz/gui/plots/cursor_keys.py" line="+21"/>
        <source>← / → on the plots</source>
        <extracomment>One Shift+← / → press moves it by this share (5 %). (keys, what) rows for the shortcuts box.</extracomment>
        <translation>← / → en los gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the time cursor a small step (0.5 % of the span)</source>
        <translation>mover el cursor de tiempo un paso pequeño (0,5 % del intervalo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+← / → on the plots</source>
        <translation>Mayús+← / → en los gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the time cursor a big step (5 % of the span)</source>
        <translation>mover el cursor de tiempo un paso grande (5 % del intervalo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home / End on the plots</source>
        <translation>Inicio / Fin en los gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time cursor to the start / end</source>
        <translation>cursor de tiempo al inicio / al final</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/actions.py" line="+12"/>
        <source>Tab / Shift+Tab</source>
        <extracomment>Keys of the controls themselves (not menu actions), for the shortcuts box.</extracomment>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move between the controls</source>
        <translation>moverse entre los controles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← → ↑ ↓ on the hole slider</source>
        <translation>← → ↑ ↓ en el control deslizante del orificio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole diameter ≈ 6 % smaller/larger</source>
        <translation>diámetro del orificio ≈ 6 % menor/mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up / Page Down on the hole slider</source>
        <translation>RePág / AvPág en el control deslizante del orificio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hole diameter ≈ 80 % larger/smaller</source>
        <translation>diámetro del orificio ≈ 80 % mayor/menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ ↓ in a number box</source>
        <translation>↑ ↓ en un cuadro numérico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one step (units in the tooltip)</source>
        <translation>un paso (unidades en la información emergente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space on a check box</source>
        <translation>Espacio en una casilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tick or untick (No leak, Never, Stays docked, Hatch open)</source>
        <translation>marcar o desmarcar (Sin fuga, Nunca, Sigue acoplada, Escotilla abierta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ ← (Page Down / Up) in a lesson</source>
        <translation>→ ← (AvPág / RePág) en una lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next / previous step</source>
        <translation>paso siguiente / anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space in a lesson</source>
        <translation>Espacio en una lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reveal the answer, then the next step</source>
        <translation>mostrar la respuesta y luego el paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma or point in a number box</source>
        <translation>Coma o punto en un cuadro numérico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both are decimal separators: 0,5 = 0.5</source>
        <translation>ambos son separadores decimales: 0,5 = 0.5</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+11"/>
        <source> or </source>
        <extracomment>The joiner of two shortcuts of one command, marked for translation.</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/shortcuts.py" line="+19"/>
        <source>Menu shortcuts</source>
        <translation>Atajos de los menús</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the controls</source>
        <translation>En los controles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time cursor: drag the grey line or click a plot.</source>
        <translation>Cursor de tiempo: arrastre la línea gris o haga clic en un gráfico.</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <location filename="../thermoviz/export/slide.py" line="+115"/>
        <source>reference</source>
        <extracomment>Pixel sizes offered (name -&gt; (width, height)). The slide is laid out at this logical size and painted scaled to the pixel size. Legend columns under the plots; a long legend (cabin + crew plots list ~19 curves and limits) gets a fourth column and slightly smaller type, so the plots keep their height. Verdict line colours by severity: (background, border, text); the same hues as the window&apos;s banner. Plots shorter than this [logical px] (four plots on one slide) get fewer y tick labels.</extracomment>
        <translation>referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faded: {label}</source>
        <translation>Tenues: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faded: {label}, aligned at undock</source>
        <translation>Tenues: {label}, alineado en el desacople</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faded: {label}, aligned at puncture</source>
        <translation>Tenues: {label}, alineado en la perforación</translation>
    </message>
    <message>
        <location line="+159"/>
        <source> · shown {low} to {high} hours after the start</source>
        <translation> · se muestra de {low} a {high} horas desde el inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · shown {low} to {high} hours since the puncture</source>
        <translation> · se muestra de {low} a {high} horas desde la perforación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simulated with thermoviz {version} (a model with estimates, not a flight record) · scenario: {title}</source>
        <translation>Simulado con thermoviz {version} (un modelo con estimaciones, no un registro de vuelo) · escenario: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
    </message>
</context>
<context>
    <name>StartNotes</name>
    <message>
        <location filename="../thermoviz/gui/window/window_fit.py" line="+45"/>
        <source>Lesson left out: {reason}</source>
        <extracomment>Share of the available screen the first window takes at most.</extracomment>
        <translation>Lección no cargada: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle left out: {reason}</source>
        <translation>Nave no cargada: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ignored {count} unreadable remembered setting(s) and used defaults: {first}</source>
        <translation>Se ignoraron {count} ajustes recordados ilegibles y se usaron los valores por defecto: {first}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (and {count} more: hover for all)</source>
        <translation> (y {count} más: pase el ratón para verlos todos)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../thermoviz/gui/window/status_notes.py" line="+38"/>
        <source>crew heat strain: computing…</source>
        <translation>estrés térmico de la tripulación: calculando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crew heat strain failed: {error}</source>
        <translation>falló el estrés térmico de la tripulación: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} model values are estimates</source>
        <translation>{count} valores del modelo son estimaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>outside the model&apos;s validity (shaded): {names}</source>
        <translation>fuera de la validez del modelo (sombreado): {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} remembered setting(s) ignored</source>
        <translation>{count} ajustes recordados ignorados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hover here for the notes</source>
        <translation>pase el ratón aquí para ver las notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="+62"/>
        <source>not computed / not applicable</source>
        <translation>no calculado / no aplicable</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/main_window.py" line="+294"/>
        <location filename="../thermoviz/gui/window/scenario_text.py" line="-13"/>
        <location filename="../thermoviz/io/summary_text.py" line="+9"/>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="-55"/>
        <source>hours since the start (no puncture)</source>
        <extracomment>The origin words of :func:`thermoviz.model.clock.time_origin`, marked for translation.</extracomment>
        <translation>horas desde el inicio (sin perforación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours since the puncture</source>
        <translation>horas desde la perforación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{vehicle} / {loop} loop</source>
        <translation>{vehicle} / circuito {loop}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coolant {coolant}</source>
        <translation>refrigerante {coolant}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no leak</source>
        <translation>sin fuga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hole {d} mm (Cd {cd}) at {t} h from start</source>
        <translation>orificio de {d} mm (Cd {cd}) a las {t} h del inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stays docked</source>
        <translation>sigue acoplada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {h} h descent</source>
        <translation>, descenso de {h} h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({h} h after the puncture)</source>
        <translation> ({h} h después de la perforación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undock at {t} h from start</source>
        <translation>desacoplamiento a las {t} h del inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hatch open</source>
        <translation>escotilla abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hatch closed</source>
        <translation>escotilla cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crew {n}</source>
        <translation>tripulación {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h} h run</source>
        <translation>simulación de {h} h</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>extrapolated: outside the model&apos;s validity range</source>
        <translation>extrapolado: fuera del rango de validez del modelo</translation>
    </message>
    <message>
        <location filename="../thermoviz/cli.py" line="-91"/>
        <location filename="../thermoviz/io/summary_text.py" line="+14"/>
        <source>Verdict [{severity}]: {text}</source>
        <translation>Veredicto [{severity}]: {text}</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="+6"/>
        <source>, then the run&apos;s own clock</source>
        <translation>, luego el reloj propio de la simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events ({words}):</source>
        <translation>Eventos ({words}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events ({words}, then UTC; t = 0 at {start}):</source>
        <translation>Eventos ({words}, luego UTC; t = 0 a las {start}):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>does not happen</source>
        <translation>no ocurre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h from start</source>
        <translation>{hours} h desde el inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peaks (maximum over the run):</source>
        <translation>Picos (máximo de la simulación):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Peaks while the crew is aboard (what the crew lives through):</source>
        <translation>Picos con la tripulación a bordo (lo que vive la tripulación):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../thermoviz/figure/timeline_markers.py" line="+61"/>
        <source>Reported {when} ({kind}: {meaning})</source>
        <extracomment>Height of the timeline band above the event labels [px]. Neutral grey (not a series or event colour): reported, not modelled. A report that gives only the day (or month) is a lighter bar across it, this much short of each end [h].</extracomment>
        <translation>Publicado: {when} ({kind}: {meaning})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} before the run</source>
        <translation>{count} antes de la simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} after</source>
        <translation>{count} después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported timeline: {count} in the run</source>
        <translation>Cronología publicada: {count} en la simulación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grey diamonds: what was reported to have happened (not computed by the model).
Hover a diamond for its date, what happened and its source.</source>
        <translation>Rombos grises: lo que se informó que ocurrió (no calculado por el modelo).
Pase el puntero sobre un rombo para ver su fecha, lo ocurrido y su fuente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the simulated span:</source>
        <translation>Fuera del intervalo simulado:</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/view_options.py" line="+64"/>
        <source>(Help ▸ Reported timeline)</source>
        <extracomment>Zoom in/out step: the shown time window shrinks/grows by this factor about its centre. Margin of View ▸ Fit to return flight on each side of undocking .. landing [h].</extracomment>
        <translation>(Ayuda ▸ Cronología publicada)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reported timeline</source>
        <translation>Cronología publicada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This scenario has no reported timeline (it has no start time, or it is not derived from a historic preset).</source>
        <translation>Este escenario no tiene cronología publicada (no tiene hora de inicio o no deriva de un escenario histórico).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run starts {start} (UTC).</source>
        <translation>La simulación empieza el {start} (UTC).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours after the start</source>
        <translation>Horas desde el inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{start} to {end} h (the day only)</source>
        <translation>de {start} a {end} h (solo se conoce el día)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end} h (the month only)</source>
        <translation>de {start} a {end} h (solo se conoce el mes)</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/timeline.py" line="+37"/>
        <source>A vehicle is launched (or delivered to the station).</source>
        <extracomment>Kinds of reported event, with what each means (for legends and tooltips; translated where shown).</extracomment>
        <translation>Se lanza un vehículo (o se entrega a la estación).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vehicle docks to the station.</source>
        <translation>Un vehículo se acopla a la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leak is first noticed (telemetry, alarms, cameras).</source>
        <translation>La fuga se detecta por primera vez (telemetría, alarmas, cámaras).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something seen or measured during the event (spray, cabin temperature).</source>
        <translation>Algo visto o medido durante el suceso (chorro, temperatura de la cabina).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cause or damage established (hole size, external impact).</source>
        <translation>Se establece una causa o un daño (tamaño del orificio, impacto externo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agency briefing or statement about the situation and its risks.</source>
        <translation>Una rueda de prensa o declaración de una agencia sobre la situación y sus riesgos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A later claim in the press, e.g. a disputed estimate.</source>
        <translation>Una afirmación posterior en la prensa, p. ej. una estimación discutida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plan the agencies decided (e.g. the emergency seating).</source>
        <translation>Un plan decidido por las agencias (p. ej. los asientos de emergencia).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test of the damaged vehicle.</source>
        <translation>Una prueba del vehículo dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spacewalk (EVA) connected with the event.</source>
        <translation>Una caminata espacial (EVA) relacionada con el suceso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vehicle undocks from the station.</source>
        <translation>Un vehículo se desacopla de la estación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deorbit burn; the vehicle is destroyed on re-entry.</source>
        <translation>Un encendido de salida de órbita; el vehículo se destruye en la reentrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vehicle lands.</source>
        <translation>Un vehículo aterriza.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>{span} before the run starts</source>
        <extracomment>Precision of an entry&apos;s date: a moment (date + time), a whole day or a whole month.</extracomment>
        <translation>{span} antes del inicio de la simulación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{span} after the run ends</source>
        <translation>{span} después del final de la simulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>during the run</source>
        <translation>durante la simulación</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+51"/>
        <source>Logarithmic scale: 0.05 mm … 20 mm.</source>
        <extracomment>Smallest hole the number box takes [mm]: the model accepts any hole &gt; 0; below the slider&apos;s 0.05 mm the slider rests at its left end and the box shows the true value.</extracomment>
        <translation>Escala logarítmica: 0,05 mm … 20 mm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hole diameter (logarithmic)</source>
        <translation>Diámetro del orificio (logarítmico)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hole diameter in millimetres</source>
        <translation>Diámetro del orificio en milímetros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No puncture at all: hole diameter 0 mm.</source>
        <translation>Ninguna perforación: diámetro del orificio 0 mm.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>{field}: none — {meaning}.</source>
        <extracomment>What &quot;none&quot; stands for, shown greyed while the box is ticked (None: keep the last typed value).</extracomment>
        <translation>{field}: ninguno, {meaning}.</translation>
    </message>
</context>
<context>
    <name>Uncertainty</name>
    <message>
        <location filename="../thermoviz/analysis/crew_band.py" line="+45"/>
        <source>PHS is central: the outcome scale&apos;s 38 °C line is its ISO 7933 limit, it is the standard model of heat strain at work, and its crew estimates (not heat-acclimatised after months in a 22 °C station, still air) are the cautious reading</source>
        <translation>PHS es la central: la línea de 38 °C de la escala de resultados es su límite ISO 7933, es el modelo estándar de estrés térmico en el trabajo, y sus supuestos de tripulación (sin aclimatar al calor tras meses en una estación a 22 °C, aire quieto) son la lectura prudente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JOS-3 is central because this scenario chose it; PHS, the ISO 7933 standard the outcome scale&apos;s 38 °C line comes from, is a variant</source>
        <translation>JOS-3 es la central porque este escenario la eligió; PHS, la norma ISO 7933 de la que viene la línea de 38 °C de la escala de resultados, es una variante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>heat-acclimatised</source>
        <extracomment>The fixed words of a variant&apos;s label (:func:`_label`), shown in the chosen language.</extracomment>
        <translation>aclimatado al calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not acclimatised</source>
        <translation>sin aclimatar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same crew</source>
        <translation>misma tripulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not heat-acclimatised</source>
        <translation>sin aclimatar al calor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.0 met (at rest)</source>
        <translation>1.0 met (en reposo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.4 met (busy at the controls)</source>
        <translation>1.4 met (ocupado en los mandos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air 0.2 m/s</source>
        <translation>aire 0.2 m/s</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>crew core over {n} crew assumption sets (2 models)</source>
        <translation>núcleo de la tripulación en {n} conjuntos de supuestos (2 modelos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shaded band on the crew plot: the crew core over {n} crew assumption sets, both crew models and one assumption changed at a time; the solid curve is the central one. {why}. {summary}</source>
        <translation>Banda sombreada en el gráfico de la tripulación: el núcleo de la tripulación en {n} conjuntos de supuestos, ambos modelos de tripulación y un supuesto cambiado cada vez; la curva continua es la central. {why}. {summary}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{low} to {high}</source>
        <translation>de «{low}» a «{high}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crew core peak {peak} °C on the central curve ({label}); across both crew models and the physiological assumptions {low}–{high} °C ({span})</source>
        <translation>Pico del núcleo de la tripulación {peak} °C en la curva central ({label}); con ambos modelos de tripulación y los supuestos fisiológicos, {low}–{high} °C ({span})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; values at or above {limit} °C are beyond the models&apos; validated range</source>
        <translation>; los valores de {limit} °C o más están fuera del rango validado de los modelos</translation>
    </message>
    <message>
        <location filename="../thermoviz/analysis/crew_grades.py" line="+110"/>
        <source>{crew} crew reach &quot;{grade}&quot; (core {core} °C or worse) in {pct} % of {n} plausible {vehicle}</source>
        <translation>Con {crew} a bordo, la tripulación llega a «{grade}» (núcleo de {core} °C o peor) en el {pct} % de {n} {vehicle} plausibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{crew} crew in {pct} %</source>
        <translation>con {crew} a bordo en el {pct} %</translation>
    </message>
    <message>
        <location filename="../thermoviz/analysis/uncertainty.py" line="+310"/>
        <source>The crew passes 38 °C (stop work) before landing in {pct} % of {n} plausible vehicles</source>
        <extracomment>Whole-number vehicle facts that are not physics to sample (a vehicle has 1, 2 or 3 seats, never 2.4). Samples advanced together (one array run each); progress and cancel act between chunks. Series drawn as bands (those the model has). Limit events counted (the robustness sentence&apos;s words: :data:`_EVENT_SENTENCES`). crew count -&gt; grade id -&gt; share of samples at that grade or worse (:mod:`.crew_grades`) The robustness sentence when a limit event is counted: crew (landing or not) or cabin.</extracomment>
        <translation>La tripulación supera 38 °C (dejar de trabajar) antes del aterrizaje en el {pct} % de {n} naves plausibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The crew passes 38 °C (stop work) in {pct} % of {n} plausible vehicles</source>
        <translation>La tripulación supera 38 °C (dejar de trabajar) en el {pct} % de {n} naves plausibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cabin exceeds its comfort limit in {pct} % of {n} plausible vehicles</source>
        <translation>La cabina supera su límite de confort en el {pct} % de {n} naves plausibles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{crew} crew reach {grade} or worse in {pct} % of {n} plausible vehicles</source>
        <translation>Con {crew} a bordo, la tripulación llega a {grade} o peor en el {pct} % de {n} naves plausibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} plausible vehicles simulated</source>
        <translation>{n} naves plausibles simuladas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; the spread is dominated by the {parameter} (rank correlation {r})</source>
        <translation>; la dispersión la domina el parámetro «{parameter}» (correlación de rangos {r})</translation>
    </message>
    <message>
        <location filename="../thermoviz/figure/uncertainty_bands.py" line="+34"/>
        <source>5–95 % of {n} plausible vehicles</source>
        <extracomment>Opacity (0-255) of a band&apos;s fill. A band row wider than this [px at LEGEND_PT] is broken into two lines: one long row (the crew band&apos;s, 454 px) would otherwise shrink its whole legend to the minimum scale in the 350 px column.</extracomment>
        <translation>5–95 % de {n} naves plausibles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded: {what}</source>
        <translation>Sombreado: {what}</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/param_labels.py" line="+79"/>
        <source>{loop} loop: {parameter}</source>
        <extracomment>Loop parameter -&gt; plain words.</extracomment>
        <translation>circuito {loop}: {parameter}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../thermoviz/model/language.py" line="+92"/>
        <source>mm</source>
        <extracomment>A value that is a formatted number (gets the language&apos;s decimal separator when shown). Units shown beside numbers (translate(&quot;Units&quot;, unit) where shown; unknown units pass unchanged).</extracomment>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="-22"/>
        <location filename="../thermoviz/model/language.py" line="+0"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/language.py" line="+0"/>
        <source>kPa</source>
        <translation>kPa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../thermoviz/export/report_energy.py" line="-14"/>
        <source>MJ</source>
        <translation>MJ</translation>
    </message>
</context>
<context>
    <name>VehicleEditor</name>
    <message>
        <location filename="../thermoviz/gui/vehicle/vehicle_editor.py" line="+46"/>
        <source>Copy from</source>
        <extracomment>Tabs of the form, by the start of a parameter&apos;s name (first match wins; the rest: &quot;Vehicle&quot;). Text fields that are one of a fixed set of ids. The form&apos;s fixed texts and tab names, marked for translation (shown through translate).</extracomment>
        <translation>Copiar de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station air</source>
        <translation>Aire de la estación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heat loads</source>
        <translation>Cargas térmicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cabin</source>
        <translation>Cabina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>Nave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>del usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shipped</source>
        <translation>incluida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loop: {title}</source>
        <translation>Circuito: {title}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edit vehicle</source>
        <translation>Editar nave</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vehicle id</source>
        <translation>Id de la nave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-40 lowercase letters, digits or &apos;-&apos;; the file is &lt;id&gt;.toml in {folder}</source>
        <translation>1-40 letras minúsculas, cifras o &apos;-&apos;; el archivo es &lt;id&gt;.toml en {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vehicle title</source>
        <translation>Título de la nave</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every number with its unit, where it comes from and its allowed range (hover for the full source). A value outside an estimate&apos;s plausible range is allowed with a warning.</source>
        <translation>Cada número con su unidad, su procedencia y su rango permitido (pase el puntero para ver la fuente completa). Un valor fuera del rango plausible de una estimación se admite con una advertencia.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>id: {id} is already a shipped vehicle; choose another id</source>
        <translation>id: {id} ya es una nave incluida; elija otro id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id: {id} is already another user vehicle; choose another id</source>
        <translation>id: {id} ya es otra nave de usuario; elija otro id</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Cannot save: {error}</source>
        <translation>No se puede guardar: {error}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Saves {path}</source>
        <translation>Se guardará en {path}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vehicle not saved</source>
        <translation>Nave no guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vehicle was not saved: {error}</source>
        <translation>La nave no se guardó: {error}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved vehicle {title} ({id}) and picked it</source>
        <translation>Nave {title} ({id}) guardada y seleccionada</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/vehicle/row_texts.py" line="+35"/>
        <source>&gt; {low} and &lt;= {high}</source>
        <extracomment>Thousands separator of the language (1,000,000 reads 1 000 000 in Russian, 1.000.000 in Spanish). Unit suffixes of field names, left out of the row labels (the unit has its own column).</extracomment>
        <translation>&gt; {low} y &lt;= {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>plausible {low} to {high}</source>
        <translation>plausible de {low} a {high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed {bounds}</source>
        <translation>admitido {bounds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; empty = derived / none</source>
        <translation>; vacío = derivado / ninguno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number {bounds}</source>
        <translation>debe ser un número entero {bounds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number {bounds}</source>
        <translation>debe ser un número {bounds}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one printable line of at most {limit} characters</source>
        <translation>debe ser una sola línea imprimible de como máximo {limit} caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a finite number {bounds}</source>
        <translation>debe ser un número finito {bounds}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outside the estimate&apos;s plausible range {low} to {high}{unit}; allowed, saved as a user value</source>
        <translation>fuera del intervalo plausible de la estimación, de {low} a {high}{unit}; se admite y se guarda como valor del usuario</translation>
    </message>
</context>
<context>
    <name>Vehicles</name>
    <message>
        <location filename="../thermoviz/gui/window/choices.py" line="+22"/>
        <source>External (radiator) loop</source>
        <extracomment>The shipped vehicles&apos; loop names (a user vehicle&apos;s own names are shown as written).</extracomment>
        <translation>Circuito externo (radiador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main thermal-control loop</source>
        <translation>Circuito principal de control térmico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup radiator loop (RTOd)</source>
        <translation>Circuito de radiador de reserva (RTOd)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../thermoviz/gui/theme.py" line="+27"/>
        <source>SAFE</source>
        <extracomment>Banner colours per verdict severity: (background, border, text). Text/background contrast is &gt;= 7:1 (WCAG AAA) for all four.</extracomment>
        <translation>SEGURO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INFO</source>
        <translation>INFORMACIÓN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAUTION</source>
        <translation>PRECAUCIÓN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DANGER</source>
        <translation>PELIGRO</translation>
    </message>
    <message>
        <location filename="../thermoviz/model/outcome/verdict.py" line="+41"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} after the puncture</source>
        <translation>{time} después de la perforación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} after the start</source>
        <translation>{time} después del inicio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not survivable as modelled: crew core temperature reaches {level} °C, the heat-stroke danger level,{after}</source>
        <translation>Sin supervivencia según el modelo: la temperatura central de la tripulación llega a {level} °C, el nivel de peligro de golpe de calor,{after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not survivable as modelled: the cabin wet-bulb temperature reaches {level} °C,{after}; sweat can no longer cool the body</source>
        <translation>Sin supervivencia según el modelo: la temperatura de bulbo húmedo de la cabina llega a {level} °C,{after}; el sudor ya no enfría el cuerpo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not acceptable: crew core temperature reaches {level} °C{after}, where performance drops sharply; peak {peak} °C</source>
        <translation>Inaceptable: la temperatura central de la tripulación llega a {level} °C{after}, donde el rendimiento cae bruscamente; pico {peak} °C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop work: crew core temperature passes {level} °C, the ISO 7933 limit for stopping work in the heat,{after} and peaks at {peak} °C, below the {next} °C where performance drops sharply</source>
        <translation>Detener el trabajo: la temperatura central de la tripulación supera {level} °C, el límite de ISO 7933 para dejar de trabajar con calor,{after} y llega a un pico de {peak} °C, por debajo de los {next} °C donde el rendimiento cae bruscamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hot cabin: the wet-bulb temperature passes {level} °C, the measured limit for young healthy adults; crew core peaks at {peak} °C, below the {limit} °C stop-work limit</source>
        <translation>Cabina caliente: la temperatura de bulbo húmedo supera {level} °C, el límite medido para adultos jóvenes y sanos; la temperatura central de la tripulación llega a {peak} °C, por debajo del límite de {limit} °C para dejar de trabajar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crew core peaks at {peak} °C, below the {limit} °C stop-work limit</source>
        <translation>la temperatura central de la tripulación llega a {peak} °C, por debajo del límite de {limit} °C para dejar de trabajar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The equipment bay passes {limit} °C {since}.</source>
        <translation>El compartimento de equipos supera {limit} °C {since}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preliminary (crew model still running): the cabin reaches {peak} °C with the crew aboard.</source>
        <translation>Preliminar (el modelo de la tripulación sigue calculando): la cabina llega a {peak} °C con la tripulación a bordo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cabin peaks at {peak} °C.</source>
        <translation>La cabina llega a un pico de {peak} °C.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crew safe but hot</source>
        <translation>Tripulación a salvo, pero con calor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crew safe</source>
        <translation>Tripulación a salvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe return but a hot cabin</source>
        <translation>Regreso seguro, pero con la cabina caliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe return</source>
        <translation>Regreso seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew still aboard at the end of the run</source>
        <translation>La tripulación sigue a bordo al final de la simulación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The crew must leave the module.</source>
        <translation>La tripulación debe abandonar el módulo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {vehicle} cannot bring {crew} crew home safely.</source>
        <translation>Esta {vehicle} no puede traer de vuelta a {crew} tripulantes con seguridad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This relies on crew values beyond the crew model&apos;s validity range (extrapolated).</source>
        <translation>Esto se basa en valores fuera del rango de validez del modelo de la tripulación (extrapolados).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The crew peak lies beyond the crew model&apos;s validity range (extrapolated).</source>
        <translation>El pico de la tripulación queda fuera del rango de validez del modelo de la tripulación (extrapolado).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(the crew lives on the station and is not at risk)</source>
        <translation>(la tripulación vive en la estación y no corre peligro)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Docked with the hatch open: station air holds the cabin near {temp} °C</source>
        <translation>Acoplada con la escotilla abierta: el aire de la estación mantiene la cabina cerca de {temp} °C</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/verdict_banner.py" line="+46"/>
        <source>Crew heat strain (ISO 7933) is being computed; the verdict may still change.</source>
        <translation>Se está calculando el estrés térmico de la tripulación (ISO 7933); el veredicto aún puede cambiar.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../thermoviz/gui/accessible.py" line="+17"/>
        <source>Left and right arrow keys move the time cursor; the readout under the plots reads every value at the cursor. Ctrl+M: the survivability map.</source>
        <translation>Las flechas izquierda y derecha mueven el cursor de tiempo; la lectura bajo los gráficos da cada valor en el cursor. Ctrl+M: el mapa de supervivencia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plots on one time axis: {caption}.</source>
        <translation>Gráficos sobre un eje de tiempo: {caption}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values at the time cursor</source>
        <translation>Valores en el cursor de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every quantity at the time cursor, in the same order as the plots&apos; legends.</source>
        <translation>Cada magnitud en el cursor de tiempo, en el mismo orden que las leyendas de los gráficos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time plots (Ctrl+T) or the survivability map (Ctrl+M).</source>
        <translation>Gráficos temporales (Ctrl+T) o el mapa de supervivencia (Ctrl+M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} through the views&apos; tabs</source>
        <translation>{name} por las pestañas de las vistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../thermoviz/gui/schematic/schematic_dock.py" line="-167"/>
        <source>Loop schematic</source>
        <translation>Esquema del circuito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The coolant loop, cabin, crew and equipment bay at the time cursor, with the heat flows between them.</source>
        <translation>El circuito de refrigerante, la cabina, la tripulación y el compartimento de equipos en el cursor de tiempo, con los flujos de calor entre ellos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survivability map</source>
        <translation>Mapa de supervivencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colours every pair of the two chosen inputs by the crew margin at landing, with the survivable boundary for 1, 2 and 3 crew and the current scenario starred. The sentences under it give the safe limits in words.</source>
        <translation>Colorea cada par de los dos valores elegidos según el margen de la tripulación al aterrizar, con el límite de supervivencia para 1, 2 y 3 tripulantes y el escenario actual marcado con una estrella. Las frases de abajo dan los límites seguros con palabras.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/language_menu.py" line="+19"/>
        <source>The new language shows when thermoviz starts again.</source>
        <translation>El nuevo idioma se verá cuando thermoviz se inicie de nuevo.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/main_window.py" line="-195"/>
        <source>Scenario</source>
        <extracomment>After a control edit the crew heat strain job starts this much later: the fast frame is painted first without the worker competing for the GIL and the CPU, and while a slider is dragged only the value the user stops at is computed. Preferred width of the controls dock [px]: enough for every control, and on a 1024 px wide projector it leaves the plots about two thirds of the window. Emitted (with the Result) after a result is drawn, and again when crew strain arrives. QSettings to remember the window and the scenario in (None: remember nothing).</extracomment>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/accessible.py" line="-20"/>
        <location filename="../thermoviz/gui/window/main_window.py" line="+27"/>
        <source>Time plots</source>
        <translation>Gráficas en el tiempo</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/main_window.py" line="+2"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/crew_band_view.py" line="+21"/>
        <source>Crew band: running both crew models and the crew assumptions…</source>
        <translation>Banda de la tripulación: simulando ambos modelos y los supuestos sobre la tripulación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew band not available: {message}</source>
        <translation>Banda de la tripulación no disponible: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crew curve under both crew models (PHS, JOS-3) and the spread of the physiological assumptions: acclimatised or not, 1.0-1.4 met, air speed, clothing (View ▸ Crew band)</source>
        <translation>La curva de la tripulación con ambos modelos (PHS, JOS-3) y la dispersión de los supuestos fisiológicos: aclimatada o no, 1,0-1,4 met, velocidad del aire, ropa (Ver ▸ Banda de la tripulación)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Crew band:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Banda de la tripulación:&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crew band: no crew rides in this scenario.</source>
        <translation>Banda de la tripulación: en este escenario no viaja nadie.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/plots/uncertainty_view.py" line="+30"/>
        <source>Uncertainty: running plausible vehicles…</source>
        <extracomment>Sampled vehicles per band (the engine&apos;s benchmark: 200 in about a second). Worker name, what the label says while running, its tooltip (a subclass draws another band).</extracomment>
        <translation>Incertidumbre: simulando naves plausibles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty not available: {message}</source>
        <translation>Incertidumbre no disponible: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robustness of the verdict: the scenario run over plausible values of every vehicle parameter that is an estimate (View ▸ Uncertainty)</source>
        <translation>Robustez del veredicto: el escenario simulado con valores plausibles de cada parámetro de la nave que es una estimación (Ver ▸ Incertidumbre)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&lt;b&gt;Uncertainty:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Incertidumbre:&lt;/b&gt; </translation>
    </message>
</context>
</TS>
