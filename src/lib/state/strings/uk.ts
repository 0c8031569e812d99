/**
 * Ukrainian UI strings. Typed against `en`, so a missing or extra key is a type error.
 * Apostrophes in Ukrainian words use ʼ (U+02BC), as in the place names.
 */
import type { MessageKey, PluralForms, PluralKey } from './en';

export const uk: Record<MessageKey, string> = {
	'app.title': 'Мапа лінії фронту',

	'map.label':
		'Мапа північного сходу України та лінії фронту. Щоб вибрати місце з клавіатури, скористайтеся списком місць.',
	'map.noWebgl':
		'Мапу неможливо показати, бо в цьому браузері WebGL вимкнено або він недоступний. Усе інше — місця, твердження, відстані й порівняння — працює нижче.',
	'map.noScript':
		'Це зображення мапи. Інтерактивна мапа потребує JavaScript; місця й твердження — нижче.',
	'map.loadError': 'Не вдалося завантажити дані мапи.',
	'map.retry': 'Спробувати ще раз',

	'list.heading': 'Місця в цьому матеріалі',

	'panel.close': 'Закрити',
	'panel.kind.city': 'Місто',
	'panel.kind.oblast': 'Область',
	'panel.kind.settlement': 'Населений пункт',
	'panel.inContext': 'у контексті',
	'panel.inContextOf': 'у контексті: {words}',
	'panel.via': 'джерело: {via}',
	'panel.alsoAbout': 'Також про',
	'panel.noStatements': 'У статті немає тверджень про це місце.',
	'panel.noneUntil': 'До {date} тверджень немає (пізніших: {later}).',
	'panel.someUntil': 'Твердження до {date}; пізніших: {later}.',
	'panel.showLater': 'Показати пізніші',
	'panel.hideLater': 'Сховати пізніші',
	'panel.selected': 'Вибрано: {name}. {count}.',
	'sheet.handle': 'Розмір панелі тверджень: {state}',
	'sheet.peek': 'згорнуто',
	'sheet.half': 'наполовину',
	'sheet.full': 'на весь екран',

	'statement.kind.claim': 'неперевірена заява',
	'statement.kind.denial': 'заперечення',
	'statement.kind.estimate': 'оцінка',
	'statement.kind.report': 'розповідь про події',
	'statement.quoteLabel': 'Цитата',
	'statement.articleWording': 'Формулювання {outlet}, не цитата',
	'statement.reportsOn': 'Стаття переказує: {kind} ({name})',
	'statement.ownReporting': 'Власний виклад статті',
	'statement.about': 'про: {name}',

	'control.occupied': 'Окупована територія',
	'control.contested': 'Сіра зона',
	'control.ukrainian_controlled': 'Під контролем України',

	'legend.heading': 'Умовні позначення',
	'legend.key': 'Легенда мапи',
	'legend.regions': 'Області, згадані в статті',
	'legend.occupied': 'Окуповано Росією станом на {date} року',
	'legend.contested': 'Сіра зона станом на {date} року',
	'legend.gained': 'Захоплено Росією з {since} до {date} року',
	'legend.places': 'Місця, згадані в статті',
	'legend.selected': 'Вибране місце',
	'legend.context': 'Інші місця',

	'article.read': 'Читати статтю',
	'article.back': 'Назад до мапи',

	'view.explore': 'Огляд',
	'view.compare': 'Порівняння',

	'lang.switch': 'In English',

	'theme.dark': 'Темна',
	'theme.light': 'Світла',

	'distances.heading': 'Відстані',
	'distances.border': 'Кордон із Росією',
	'distances.front': 'Лінія фронту ({date} року)',
	'distances.kmInside': '{km} (на окупованій території)',
	'distances.closer': 'фронт наблизився на {km}',
	'distances.farther': 'фронт віддалився на {km}',

	'distances.place': 'До',
	'distances.distance': 'Відстань',
	'distances.loading': 'Вимірюємо відстані…',
	'distances.change': 'Зміна з {since} року',
	'compare.speakers': 'Хто говорив',
	'compare.loading': 'Вимірюємо напрямки…',
	'compare.pick': 'Порівняти напрямки матеріалу',
	'compare.methodHeading': 'Метод',
	'compare.groundCircle': '{axis}: територія в межах {km} від міста {city}',
	'compare.groundOblasts': '{axis}: територія в областях: {oblasts}, цілих',
	'compare.methodNote':
		'Захоплена територія — сума щотижневого ряду: різниця послідовних знімків DeepState, частини менші за 0,5 км² відкинуто, км² з точністю до 0,1. Відстані виміряно від міста напрямку до найближчої окупованої території, у цілих км. Коло — грубий сектор: у нього може потрапити територія сусіднього фронту.',
	'compare.span':
		'Виміряно з {from} до {to} (останній тижневий знімок на дату на екрані або раніше).',
	'compare.outOfSpan':
		'Жоден тиждень порівняння цього матеріалу (з {from}) не закінчився до дати на екрані, {date}.',
	'compare.evidenceHeading': 'Що показують дані мапи',
	'compare.measureGained': 'Територія, захоплена Росією (за вирахуванням втрат)',
	'compare.gainedItem': '{axis}: {net} (захоплено {gained}, втрачено {lost})',
	'compare.measureCloser': 'Наближення фронту до міста напрямку',
	'compare.closerItem': '{city}: було {before}, стало {after}, {change}',
	'compare.closer': 'ближче на {km}',
	'compare.farther': 'далі на {km}',
	'compare.measurePace': 'Темп: захоплено за останні тижні ({weeks}), {from} – {to}',
	'compare.paceItem': '{axis}: захоплено {km2}',
	'compare.overtook': '{axis} вийшов уперед за сумарною площею в тиждень до {date}.',
	'compare.pointsTo': 'Вказує на напрямок: {axis}.',
	'compare.pointsEven': 'Не вказує на жоден: порівну.',
	'compare.verdict': 'Дані вказують на {axis}: {count} з {total} показників.',
	'compare.verdictEven': 'Дані розділилися порівну між двома напрямками.',
	'compare.saidHeading': 'Що було сказано (показано, але не враховано як доказ)',
	'compare.saidNone': 'Жодних тверджень про цей напрямок до {date}.',
	'compare.noAxes': 'Цей матеріал не порівнює напрямків.',
	'measure.heading': 'Вимірювання',
	'measure.ruler': 'Лінійка',
	'measure.ring': 'Коло відстані',
	'measure.rulerHint': 'Клацайте на мапі, щоб додати точки; Escape очищує.',
	'measure.ringHint': 'Виберіть центр або клацніть на мапі, потім задайте радіус.',
	'measure.addPlace': 'Додати місце',
	'measure.total': 'Разом',
	'measure.clear': 'Очистити',
	'measure.center': 'Центр',
	'measure.mapPoint': 'Точка на мапі',
	'measure.radius': 'Радіус (км)',
	'measure.inside': 'Місць у колі: {count}',
	'timeline.heading': 'Хронологія',
	'timeline.all': 'Усі дати',
	'timeline.hint':
		'Виберіть дату: мапа покаже останню відому на той день лінію фронту, панелі — твердження, зроблені до неї.',
	'timeline.frontline': 'мапа лінії фронту',
	'timeline.statementsOn': 'Твердження до {date}',
	'timeline.statementsOnRange':
		'Твердження до {date} — першого дня періоду {range}, яким стаття датує ці твердження',
	'timeline.mapShows': 'Мапа показує лінію фронту станом на {date} року.',
	'timeline.none': 'До {date} тверджень не було.',
	'timelapse.heading': 'Фронт тиждень за тижнем',
	'timelapse.slider': 'Тиждень на мапі',
	'timelapse.date': 'Лінія фронту станом на {date}',
	'timelapse.gained': 'Виділено: територія, яку Росія захопила з {since}.',
	'timelapse.first': 'Перший тиждень ряду: немає з чим порівняти.',
	'timelapse.play': 'Відтворити',
	'timelapse.pause': 'Пауза',
	'timelapse.reducedMotion':
		'Відтворення вимкнено, бо система просить менше руху. Перемикайте повзунком або стрілками.',
	'timelapse.flags': 'Тижні з твердженнями',
	'timelapse.flag': 'Тиждень до {date}: {count}',
	'timelapse.weekStatements': 'Твердження цього тижня',
	'timelapse.open': 'Відкрити твердження від {date} ({name}) у статті',
	'chart.title': 'Територія, яку Росія захоплювала щотижня, за напрямками (км²)',
	'chart.describeAxis': '{axis}: найбільше за тиждень — {km2}, у тиждень до {date}.',
	'chart.describeMarks': 'Пунктирні лінії позначають дні тверджень історії ({count}).',
	'chart.statementsKey': 'день твердження',
	'chart.table': 'Числа таблицею',
	'chart.week': 'Тиждень',
	'chart.csv': 'Завантажити числа (CSV)',
	'compare.heading': 'Порівняння напрямків',

	'embed.heading': 'Вбудувати цей вигляд',
	'embed.copy': 'Копіювати',
	'embed.copied': 'Скопійовано',
	'embed.openFull': 'Відкрити повну мапу',
	'embed.showAll': 'Показати всі заяви',
	'dating.how': 'Як встановлено цю дату',
	'embed.options': 'Параметри',
	'embed.panelOpen': 'Одразу відкривати заяви про місце',
	'embed.height': 'Висота мапи (px)',
	'embed.theme': 'Тема',
	'embed.themeAuto': 'Як у системі читача',
	'embed.lang': 'Мова',
	'embed.controls': 'Елементи керування',
	'embed.control.zoom': 'Кнопки масштабу',
	'embed.control.legend': 'Легенда',
	'embed.control.list': 'Список місць',
	'embed.preview': 'Ширина перегляду',
	'embed.preview.column': 'Колонка статті, 680 px',
	'embed.preview.phone': 'Телефон, 390 px',

	'download.heading': 'Завантажити',
	'download.png': 'Зображення мапи (PNG)',
	'download.geojson': 'Місця й твердження (GeoJSON)',
	'download.csv': 'Твердження (CSV)',
	'download.frontOn': 'Лінія фронту станом на {date} року',
	'download.csvSources': 'Джерела для CSV (TXT)',
	'download.note':
		'PNG і GeoJSON містять перелік джерел. Джерела для CSV — в окремому файлі, щоб вони не імпортувалися як рядки даних.',
	'download.failed': 'Не вдалося створити файл. Спробуйте ще раз.',

	'attribution.sources': 'Джерела',
	'licence.publicDomain': 'Суспільне надбання',
	'licence.deepstate':
		'Ліцензійна угода DeepStateMap.live; право на поширення не надано явно, отримайте дозвіл перед публікацією',
	'licence.quotedForReporting': 'Усі права захищено; цитується для інформування й коментування',
	'licence.excerptQuotedForReporting':
		'Усі права захищено; уривок цитується для інформування й коментування',
	'page.title': 'Мапа лінії фронту — Росія переносить фокус із Харкова на Покровськ',
	'page.embedTitle': 'Мапа лінії фронту (вбудована)',
	'page.previewAlt':
		'Мапа північного сходу України: лінія фронту, територія, яку захопила Росія, і місця зі статті — від Харкова до Покровська'
};

/** 1 твердження, 2–4 твердження, 5–20 тверджень, 21 твердження, 1,5 твердження. */
export const ukPlurals: Record<PluralKey, PluralForms> = {
	statements: {
		one: '{count} твердження',
		few: '{count} твердження',
		many: '{count} тверджень',
		other: '{count} твердження'
	}
};
