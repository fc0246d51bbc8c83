/**
 * The built-in cohort figures of dataset version 2026.1, written out by hand-checked copy from the study
 * reference (cohorts.json). Used only by builtin.test.ts to pin every figure: a changed figure must be a
 * new dataset version, never an edit of this one.
 */
export const iloAp2022 = {
  id: "ilo-ap-2022",
  name: {
    en: "Asia-Pacific PES (ILO, 2022 survey)",
    fr: "SPE d'Asie-Pacifique (OIT, enquête 2022)",
    es: "SPE de Asia y el Pacífico (OIT, encuesta 2022)",
  },
  region: "AP",
  surveyYear: 2022,
  n: 11,
  members: [
    "Australia",
    "Cambodia",
    "China",
    "India",
    "Indonesia",
    "Japan",
    "Nepal",
    "Philippines",
    "Republic of Korea",
    "Singapore",
    "Viet Nam",
  ],
  source: "ILO (2023), Technology in public employment services to promote youth employment in Asia and the Pacific (Pieterson et al.); https://ilo.org/asia/publications/WCMS_886596/lang--en/index.htm. Figures below read from the ILO presentation of the study (seed-deck-fr.txt).",
  datasetVersion: "2026.1",
  items: {
    "context.barriers": {
      kind: "multi",
      shares: {
        financial_resources: 0.6364,
        silos: 0.6364,
        digital_skills: 0.5455,
        knowledge_current_tech: 0.5455,
        inclusive_approaches: 0.4545,
        it_interoperability: 0.4545,
        integrated_processes: 0.4545,
        knowledge_new_tech: 0.4545,
      },
      counts: {
        financial_resources: 7,
        silos: 7,
        digital_skills: 6,
        knowledge_current_tech: 6,
        inclusive_approaches: 5,
        it_interoperability: 5,
        integrated_processes: 5,
        knowledge_new_tech: 5,
      },
      bounds: {
        resistance: "<= 5/11 (not in the top 8)",
        staff_awareness: "<= 5/11 (not in the top 8)",
        legal: "<= 5/11 (not in the top 8)",
      },
      confidence: "exact values; labels matched by the chart's sorted order (ties make the order within a tier irrelevant)",
      source: "seed-deck-fr.txt, slide 'Principaux obstacles à la numérisation (8 premiers)'",
    },
    "context.budget_overall": {
      kind: "distribution",
      shares: {
        decreased: 0.1818,
        same: 0.5455,
        increased: 0.2727,
      },
      counts: {
        decreased: 2,
        same: 6,
        increased: 3,
      },
      confidence: "exact values; options matched by legend order (en baisse / idem / en augmentation)",
      source: "seed-deck-fr.txt, slide 'Impact du COVID-19 sur les budgets des SPE'",
    },
    "context.budget_digital": {
      kind: "distribution",
      shares: {
        decreased: 0.0909,
        same: 0.5455,
        increased: 0.3636,
      },
      counts: {
        decreased: 1,
        same: 6,
        increased: 4,
      },
      confidence: "exact values; options matched by legend order",
      source: "seed-deck-fr.txt, slide 'Impact du COVID-19 sur les budgets des SPE'",
    },
    "context.budget_youth": {
      kind: "distribution",
      shares: {
        decreased: 0.1818,
        same: 0.5455,
        increased: 0.2727,
      },
      counts: {
        decreased: 2,
        same: 6,
        increased: 3,
      },
      confidence: "exact values; options matched by legend order",
      source: "seed-deck-fr.txt, slide 'Impact du COVID-19 sur les budgets des SPE'",
    },
  },
  statements: [
    {
      item: "strategy.pes_digital",
      bound: "fully_in_place + in_development = 11/11",
      en: "In 2022 all 11 PES had a digital strategy in one form or another.",
      fr: "En 2022, tous les SPE participants disposent d'une stratégie numérique sous une forme ou une autre.",
      source: "seed-deck-fr.txt, slide 'Rôle des technologies numériques au niveau stratégique'",
    },
    {
      item: "organisation.od_strategy",
      bound: "3/11 have one (fully in place or in development); 8/11 do not",
      en: "Most PES in the region have no organisational development strategy; the Republic of Korea, China and India are notable exceptions.",
      fr: "La plupart des SPE de la région n'ont pas de stratégie de développement organisationnel (DO), la République de Corée, la Chine et l'Inde étant des exceptions notables.",
      source: "seed-deck-fr.txt, slide 'Rôle de l'organisation, de son personnel et de l'innovation au sein du SPE'",
    },
    {
      item: "front_office.channel_analytics",
      bound: "about 3/11",
      en: "Only about a quarter of the PES analyse the use of their existing channels.",
      fr: "Seul un quart des SPE analyse l'utilisation des canaux existants.",
      source: "seed-deck-fr.txt, slide 'Le rôle de la technologie dans les front offices, les services et les canaux du PSE'",
    },
    {
      item: "front_office.channel_strategy",
      bound: "fully_in_place <= 5/11",
      en: "PES tend to have digital strategies for the back office, but most have none for developing the front office.",
      fr: "Les SPE de la région Asie-Pacifique ont tendance à mettre en place des stratégies numériques pour le back-office, mais la plupart d'entre eux ne disposent pas de telles stratégies numériques pour le développement du front-office.",
      source: "seed-deck-fr.txt, slide 'Le rôle de la technologie dans les front offices, les services et les canaux du PSE'",
    },
    {
      item: "data.strategy",
      bound: "fully_in_place <= 5/11",
      en: "Only a minority of the PES have an integrated, coherent data strategy; the same holds for most data elements (ethical use, KPIs, group-level data, youth KPIs). China, Japan, the Philippines and Singapore report most elements of a comprehensive data strategy.",
      fr: "Seule une minorité de SPE dans cette étude a mis en place une stratégie intégrée et cohérente en matière de données. La Chine, le Japon, les Philippines et Singapour déclarent avoir mis en place la plupart des éléments d'une stratégie globale en matière de données.",
      source: "seed-deck-fr.txt, slide 'Rôle des technologies numériques | Données'",
    },
    {
      dimension: "organisation",
      bound: "share focusing on each <= 5/11",
      en: "The majority of PES do not focus on cultural change, digital skills development or inclusion.",
      fr: "La majorité des SPE ne se concentrent pas sur le changement culturel, le développement des compétences numériques et l'inclusion.",
      source: "seed-deck-fr.txt, slide 'Rôle de l'organisation, de son personnel et de l'innovation au sein du SPE'",
    },
    {
      dimension: "youth_front_office",
      en: "Social media is the channel most used to reach young people; fewer PES have dedicated social media channels for youth sub-groups or dedicated phone services, and fewer still a dedicated youth portal.",
      fr: "Les médias sociaux sont le type de canal le plus couramment utilisé pour atteindre les jeunes; les SPE sont moins nombreux à disposer de canaux de médias sociaux dédiés ou de services téléphoniques dédiés aux jeunes; encore moins disposent d'un portail dédié à la jeunesse.",
      source: "seed-deck-fr.txt, slide 'Technologies front-office pour les jeunes'",
    },
    {
      dimension: "youth_innovation",
      en: "Innovative technologies for youth are rare, but could drive digital transformation.",
      fr: "Les technologies innovantes pour les jeunes sont rares, mais elles pourraient stimuler la transformation digitale.",
      source: "seed-deck-fr.txt, conclusion 8",
    },
    {
      dimension: "analytics",
      en: "PES recognise the relevance of advanced analytics such as AI, but would benefit from integrated approaches, a solid data foundation and measuring progress towards smart goals.",
      fr: "Les SPE reconnaissent la pertinence des analyses avancées (telles que l'intelligence artificielle), mais pourraient bénéficier d'approches intégrées, d'une base de données solide et d'une mesure des progrès accomplis.",
      source: "seed-deck-fr.txt, conclusion 4",
    },
  ],
  unavailable: "Per-item answer distributions for strategy, back office, front office, data, analytics, organisation and the youth technology charts are in the ILO report's figures but could not be read from the presentation (labels garbled in extraction). Load them by importing a new version of this dataset.",
} as const;

export const idbLac2022 = {
  id: "idb-lac-2022",
  name: {
    en: "Latin America and the Caribbean PES (IDB, 2022 survey)",
    fr: "SPE d'Amérique latine et des Caraïbes (BID, enquête 2022)",
    es: "SPE de América Latina y el Caribe (BID, encuesta 2022)",
  },
  region: "LAC",
  surveyYear: 2022,
  n: null,
  nNote: "not published in the sources found; the 2019 baseline covered 9 PES",
  source: "IDB (2023), The Digital Transformation of Public Employment Services across Latin America and the Caribbean (Pieterson, Baptista, Rosas, Franco); https://publications.iadb.org/en/digital-transformation-public-employment-services-across-latin-america-and-caribbean",
  datasetVersion: "2026.1",
  dimensions: {
    strategy: {
      level: 3.2,
    },
    back_office: {
      level: 3,
    },
    front_office: {
      level: 2.6,
    },
    data: {
      level: 3,
    },
    organisation: {
      level: 2.4,
    },
    _meta: {
      scale: "1-5 digital maturity levels (IDB framework), regional means, 2022; all improved on 2019",
      confidence: "as reported by a secondary source (https://strmnoticias.org/?p=757); not yet checked against the IDB report",
      source: "https://strmnoticias.org/?p=757",
    },
  },
  items: {
    "organisation.od_strategy": {
      kind: "bound",
      bound: "fully_in_place = 0",
      source: "seed-deck-fr.txt, LAC conclusions ('Aucun SPE ne dispose d'une stratégie de développement organisationnel')",
    },
    "organisation.culture_change": {
      kind: "bound",
      bound: "fully_in_place + in_development < 10%",
      source: "seed-deck-fr.txt, LAC conclusions ('moins de 10 % ont des programmes axés sur le changement culturel')",
    },
  },
  statements: [
    {
      dimension: "strategy",
      en: "In most cases digital strategies focus on digitising processes and services rather than on transforming the organisation as a whole; many barriers are therefore organisational (resistance, silos) rather than technical.",
      fr: "Dans la plupart des cas, les stratégies numériques se concentrent sur la numérisation des processus et des services et moins sur la transformation numérique globale de leur organisation.",
      source: "seed-deck-fr.txt, LAC conclusions",
    },
    {
      item: "back_office.documentation",
      en: "The development of standards and documentation lags behind.",
      fr: "L'élaboration de normes et de documentation est à la traîne.",
      source: "seed-deck-fr.txt, LAC conclusions",
    },
    {
      item: "front_office.channel_strategy",
      bound: "fully_in_place < 50%",
      en: "Most LAC PES have no coherent services and channels strategy, and those being developed do not cover all channels and services.",
      fr: "La plupart des SPE d'ALC n'ont pas mis en place de stratégies cohérentes en matière de services et de canaux.",
      source: "seed-deck-fr.txt, LAC conclusions",
    },
    {
      dimension: "analytics",
      en: "There is very little experience with advanced analytics such as machine learning and artificial intelligence.",
      fr: "Il y a très peu d'expérience dans l'utilisation d'outils d'analyse avancés, tels que l'apprentissage automatique et l'intelligence artificielle.",
      source: "seed-deck-fr.txt, LAC conclusions",
    },
    {
      item: "organisation.od_strategy",
      en: "No PES has an organisational development strategy, and fewer than 10% have programmes focused on cultural change.",
      fr: "Aucun SPE ne dispose d'une stratégie de développement organisationnel et moins de 10 % ont des programmes axés sur le changement culturel.",
      source: "seed-deck-fr.txt, LAC conclusions",
    },
    {
      dimension: "front_office",
      en: "Front offices are less digital than back offices, as in 2019.",
      es: "Los front offices no son tan digitales como sus back offices.",
      source: "https://strmnoticias.org/?p=757",
    },
  ],
  unavailable: "Per-item LAC answer distributions and n are in the IDB report and could not be read here. Load them by importing a new version of this dataset.",
} as const;

export const iloGlobal2020 = {
  id: "ilo-global-2020",
  name: {
    en: "Global PES survey (ILO/WAPES, 2020)",
    fr: "Enquête mondiale sur les SPE (OIT/AMSEP, 2020)",
    es: "Encuesta mundial de SPE (OIT/AMSPE, 2020)",
  },
  region: "GLOBAL",
  surveyYear: 2020,
  n: 69,
  nNote: "69 PES in 64 countries",
  source: "ILO (2022), Technology adoption in public employment services: Catching up with the future; https://www.ilo.org/emppolicy/pubs/WCMS_840767/lang--en/index.htm",
  datasetVersion: "2026.1",
  statements: [
    {
      dimension: "front_office",
      en: "All surveyed PES provide services online, such as registration to search and apply for jobs; nearly one third also offer AI-driven solutions.",
      source: "https://www.ilo.org/emppolicy/pubs/WCMS_761924/lang--en/index.htm",
    },
    {
      item: "context.drivers",
      en: "PES see technology mainly as a way to increase performance and expand coverage (especially in low- and middle-income countries), respond to clients' changing expectations and enable inclusive service delivery; reducing costs matters but is not the main driver.",
      source: "https://www.ilo.org/emppolicy/pubs/WCMS_764104/lang--en/index.htm",
    },
  ],
} as const;

