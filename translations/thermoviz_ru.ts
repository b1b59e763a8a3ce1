<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <location filename="../thermoviz/gui/window/actions.py" line="+79"/>
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
        <location line="+3"/>
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
        <location line="+3"/>
        <source>&amp;Clear reference</source>
        <translation>&amp;Убрать эталон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Presentation mode (full screen, plots only)</source>
        <translation>&amp;Режим презентации (весь экран, только графики)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reported &amp;timeline markers</source>
        <translation>Отметки &amp;хронологии событий</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Reported &amp;timeline…</source>
        <translation>&amp;Хронология событий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crew &amp;grades…</source>
        <translation>&amp;Уровни состояния экипажа…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Explain: click any part of the window</source>
        <translation>&amp;Пояснить: щёлкните любую часть окна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About thermoviz</source>
        <translation>&amp;О программе thermoviz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Animation (GIF/MP4)…</source>
        <translation>&amp;Анимация (GIF/MP4)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure &amp;contents…</source>
        <translation>&amp;Состав рисунка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Crew-grade &amp;map</source>
        <translation>&amp;Карта состояния экипажа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Uncertainty (5–95 % bands)</source>
        <translation>&amp;Неопределённость (полосы 5–95 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;rew band (both crew models)</source>
        <translation>Полоса &amp;экипажа (обе модели)</translation>
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
        <location line="+42"/>
        <source>Export this plot as SVG…</source>
        <extracomment>Right-click menu of each plot: (id, title, callback(window, plot_key)).</extracomment>
        <translation>Экспорт этого графика в SVG…</translation>
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
        <location line="+14"/>
        <location line="+185"/>
        <source>Reset to preset</source>
        <translation>Вернуть сценарий</translation>
    </message>
    <message>
        <location line="-178"/>
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
        <location line="+6"/>
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
        <location line="+13"/>
        <source>Crew</source>
        <translation>Экипаж</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="+134"/>
        <source>Vehicle value (none)</source>
        <translation>Как у корабля (нет)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vehicle value ({hours} h)</source>
        <translation>Как у корабля ({hours} ч)</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/inputs.py" line="+73"/>
        <source>No leak</source>
        <extracomment>Smallest hole the number box takes [mm]: the model accepts any hole &gt; 0; below the slider&apos;s 0.05 mm the slider rests at its left end and the box shows the true value.</extracomment>
        <translation>Без утечки</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/scenario_text.py" line="+92"/>
        <source>Title and description</source>
        <translation>Название и описание</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
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
    <name>Lesson</name>
    <message>
        <location filename="../thermoviz/gui/lesson/lesson_panel.py" line="+108"/>
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
        <location line="+18"/>
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
        <location line="+58"/>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Сначала предскажите:&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../thermoviz/gui/window/file_actions.py" line="+37"/>
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
        <location filename="../thermoviz/gui/window/window_dialogs.py" line="+61"/>
        <source>Interface &amp;size</source>
        <translation>&amp;Размер интерфейса</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../thermoviz/figure/spec.py" line="-77"/>
        <source>Pressure [kPa]</source>
        <extracomment>Line styles a :class:`Pen` may name (mapped to Qt pen styles by the figure layer). The plots in reading order. Display ranges keep every limit line in view with room above it (the danger band on the cabin plot, the 40 °C line on the crew plot).</extracomment>
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
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+3"/>
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
        <source>Loop pressure</source>
        <extracomment>Every drawn series, in legend and readout order.</extracomment>
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
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../thermoviz/io/summary_text.py" line="+52"/>
        <source>not computed / not applicable</source>
        <translation>не рассчитано / неприменимо</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict [{severity}]: {text}</source>
        <translation>Вывод [{severity}]: {text}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>does not happen</source>
        <translation>не происходит</translation>
    </message>
    <message>
        <location line="+7"/>
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
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../thermoviz/gui/schematic/schematic_dock.py" line="+30"/>
        <source>Loop schematic</source>
        <translation>Схема контура</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/language_menu.py" line="+19"/>
        <source>The new language shows when thermoviz starts again.</source>
        <translation>Новый язык появится при следующем запуске thermoviz.</translation>
    </message>
    <message>
        <location filename="../thermoviz/gui/window/main_window.py" line="+99"/>
        <source>Scenario</source>
        <extracomment>After a control edit the crew heat strain job starts this much later: the fast frame is painted first without the worker competing for the GIL and the CPU, and while a slider is dragged only the value the user stops at is computed. Preferred width of the controls dock [px]: enough for every control, and on a 1024 px wide projector it leaves the plots about two thirds of the window. Emitted (with the Result) after a result is drawn, and again when crew strain arrives. QSettings to remember the window and the scenario in (None: remember nothing).</extracomment>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Time plots</source>
        <translation>Графики по времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
</context>
</TS>
