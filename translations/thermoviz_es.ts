<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../thermoviz/gui/window/actions.py" line="+79"/>
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
        <location line="+3"/>
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
        <location line="+3"/>
        <source>&amp;Clear reference</source>
        <translation>&amp;Quitar referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presentation mode (full screen, plots only)</source>
        <translation>Modo &amp;presentación (pantalla completa, solo gráficas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reported &amp;timeline markers</source>
        <translation>Marcas de la &amp;cronología publicada</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Reported &amp;timeline…</source>
        <translation>&amp;Cronología publicada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew &amp;grades…</source>
        <translation>&amp;Niveles de la tripulación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Explain: click any part of the window</source>
        <translation>&amp;Explicar: haga clic en cualquier parte de la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About thermoviz</source>
        <translation>&amp;Acerca de thermoviz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Animation (GIF/MP4)…</source>
        <translation>&amp;Animación (GIF/MP4)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure &amp;contents…</source>
        <translation>&amp;Contenido de la figura…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crew-grade &amp;map</source>
        <translation>&amp;Mapa del estado de la tripulación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Uncertainty (5–95 % bands)</source>
        <translation>&amp;Incertidumbre (bandas 5–95 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rew band (both crew models)</source>
        <translation>Banda de la t&amp;ripulación (ambos modelos)</translation>
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
        <location line="+42"/>
        <source>Export this plot as SVG…</source>
        <extracomment>Right-click menu of each plot: (id, title, callback(window, plot_key)).</extracomment>
        <translation>Exportar esta gráfica en SVG…</translation>
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
        <location line="+14"/>
        <location line="+185"/>
        <source>Reset to preset</source>
        <translation>Volver al escenario</translation>
    </message>
    <message>
        <location line="-178"/>
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
        <location line="+6"/>
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
        <location line="+13"/>
        <source>Crew</source>
        <translation>Tripulación</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="+134"/>
        <source>Vehicle value (none)</source>
        <translation>Valor de la nave (ninguno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle value ({hours} h)</source>
        <translation>Valor de la nave ({hours} h)</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+73"/>
        <source>No leak</source>
        <extracomment>Smallest hole the number box takes [mm]: the model accepts any hole &gt; 0; below the slider&apos;s 0.05 mm the slider rests at its left end and the box shows the true value.</extracomment>
        <translation>Sin fuga</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/scenario_text.py" line="+92"/>
        <source>Title and description</source>
        <translation>Título y descripción</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../thermoviz/figure/spec.py" line="+281"/>
        <location filename="../thermoviz/model/outcome/result.py" line="+48"/>
        <source>Puncture</source>
        <extracomment>Result series the plots leave to the data outputs (CSV, --json), each with why. The series whose values come from the crew heat-strain worker (drawn &quot;computing…&quot; until then). Line look of each model event (style differs as well as colour). Compact event labels, used when the full ones cannot all fit (narrow window).
----------
Every series a Result carries, with its unit and a human label (plots, CSV headers). Further series a simulated Result carries for other models and for scripts (not drawn): the crew&apos;s mean radiant temperature (the cabin surfaces, what the crew models read) and the orbital module. Series whose peak matters to the crew: reported over the crew-aboard period (:attr:`Result.crew_peaks`). Event names in timeline order; values in ``Result.events`` are hours or None. The labels are English; ``translate(&quot;Events&quot;, label)`` gives them in the chosen language.</extracomment>
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
    <name>Lesson</name>
    <message>
        <location filename="../thermoviz/gui/lesson/lesson_panel.py" line="+108"/>
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
        <location line="+18"/>
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
        <location line="+58"/>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Primero, predice:&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../thermoviz/gui/window/file_actions.py" line="+37"/>
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
        <location filename="../thermoviz/gui/window/window_dialogs.py" line="+61"/>
        <source>Interface &amp;size</source>
        <translation>&amp;Tamaño de la interfaz</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../thermoviz/figure/spec.py" line="-77"/>
        <source>Pressure [kPa]</source>
        <extracomment>Line styles a :class:`Pen` may name (mapped to Qt pen styles by the figure layer). The plots in reading order. Display ranges keep every limit line in view with room above it (the danger band on the cabin plot, the 40 °C line on the crew plot).</extracomment>
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
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+3"/>
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
        <source>Loop pressure</source>
        <extracomment>Every drawn series, in legend and readout order.</extracomment>
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
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="+52"/>
        <source>not computed / not applicable</source>
        <translation>no calculado / no aplicable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict [{severity}]: {text}</source>
        <translation>Veredicto [{severity}]: {text}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>does not happen</source>
        <translation>no ocurre</translation>
    </message>
    <message>
        <location line="+7"/>
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
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../thermoviz/gui/schematic/schematic_dock.py" line="+30"/>
        <source>Loop schematic</source>
        <translation>Esquema del circuito</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/language_menu.py" line="+19"/>
        <source>The new language shows when thermoviz starts again.</source>
        <translation>El nuevo idioma se verá cuando thermoviz se inicie de nuevo.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/main_window.py" line="+99"/>
        <source>Scenario</source>
        <extracomment>After a control edit the crew heat strain job starts this much later: the fast frame is painted first without the worker competing for the GIL and the CPU, and while a slider is dragged only the value the user stops at is computed. Preferred width of the controls dock [px]: enough for every control, and on a 1024 px wide projector it leaves the plots about two thirds of the window. Emitted (with the Result) after a result is drawn, and again when crew strain arrives. QSettings to remember the window and the scenario in (None: remember nothing).</extracomment>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Time plots</source>
        <translation>Gráficas en el tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
</context>
</TS>
