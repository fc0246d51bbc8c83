/**
 * The built-in cohort figures of dataset version 2026.2, written out from the study reference (cohorts.json,
 * citations.md): the 2026.1 figures with citations, exactness, structured bounds and statements in three
 * languages. Used only by builtin-2026-2.test.ts: a changed figure or wording is a new version, never an edit.
 */
export const iloAp2022 = {
  "id": "ilo-ap-2022",
  "name": {
    "en": "Asia-Pacific PES (ILO, 2022 survey)",
    "fr": "SPE d'Asie-Pacifique (OIT, enquête 2022)",
    "es": "SPE de Asia y el Pacífico (OIT, encuesta 2022)"
  },
  "region": "AP",
  "surveyYear": 2022,
  "n": 11,
  "members": [
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
    "Viet Nam"
  ],
  "source": "ILO (2023), Technology in public employment services to promote youth employment in Asia and the Pacific (Pieterson et al.); https://ilo.org/asia/publications/WCMS_886596/lang--en/index.htm. Figures below read from the ILO presentation of the study (seed-deck-fr.txt).",
  "datasetVersion": "2026.2",
  "items": {
    "context.barriers": {
      "kind": "multi",
      "shares": {
        "financial_resources": 0.6364,
        "silos": 0.6364,
        "digital_skills": 0.5455,
        "knowledge_current_tech": 0.5455,
        "inclusive_approaches": 0.4545,
        "it_interoperability": 0.4545,
        "integrated_processes": 0.4545,
        "knowledge_new_tech": 0.4545
      },
      "counts": {
        "financial_resources": 7,
        "silos": 7,
        "digital_skills": 6,
        "knowledge_current_tech": 6,
        "inclusive_approaches": 5,
        "it_interoperability": 5,
        "integrated_processes": 5,
        "knowledge_new_tech": 5
      },
      "bounds": {
        "resistance": {
          "comparison": "le",
          "value": 5,
          "unit": "pes",
          "of": 11,
          "note": "not_in_top_8"
        },
        "staff_awareness": {
          "comparison": "le",
          "value": 5,
          "unit": "pes",
          "of": 11,
          "note": "not_in_top_8"
        },
        "legal": {
          "comparison": "le",
          "value": 5,
          "unit": "pes",
          "of": 11,
          "note": "not_in_top_8"
        }
      },
      "confidence": "exact values; labels matched by the chart's sorted order (ties make the order within a tier irrelevant)",
      "source": "seed-deck-fr.txt, slide 'Principaux obstacles à la numérisation (8 premiers)'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "barriers_top8"
      },
      "exactness": "exact_counts"
    },
    "context.budget_overall": {
      "kind": "distribution",
      "shares": {
        "decreased": 0.1818,
        "same": 0.5455,
        "increased": 0.2727
      },
      "counts": {
        "decreased": 2,
        "same": 6,
        "increased": 3
      },
      "confidence": "exact values; options matched by legend order (en baisse / idem / en augmentation)",
      "source": "seed-deck-fr.txt, slide 'Impact du COVID-19 sur les budgets des SPE'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "covid_budgets"
      },
      "exactness": "exact_counts"
    },
    "context.budget_digital": {
      "kind": "distribution",
      "shares": {
        "decreased": 0.0909,
        "same": 0.5455,
        "increased": 0.3636
      },
      "counts": {
        "decreased": 1,
        "same": 6,
        "increased": 4
      },
      "confidence": "exact values; options matched by legend order",
      "source": "seed-deck-fr.txt, slide 'Impact du COVID-19 sur les budgets des SPE'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "covid_budgets"
      },
      "exactness": "exact_counts"
    },
    "context.budget_youth": {
      "kind": "distribution",
      "shares": {
        "decreased": 0.1818,
        "same": 0.5455,
        "increased": 0.2727
      },
      "counts": {
        "decreased": 2,
        "same": 6,
        "increased": 3
      },
      "confidence": "exact values; options matched by legend order",
      "source": "seed-deck-fr.txt, slide 'Impact du COVID-19 sur les budgets des SPE'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "covid_budgets"
      },
      "exactness": "exact_counts"
    }
  },
  "statements": [
    {
      "item": "strategy.pes_digital",
      "bound": {
        "comparison": "eq",
        "value": 11,
        "unit": "pes",
        "of": 11,
        "options": [
          "fully_in_place",
          "in_development"
        ]
      },
      "en": "In 2022 all 11 PES had a digital strategy in one form or another.",
      "fr": "En 2022, tous les SPE participants disposent d'une stratégie numérique sous une forme ou une autre.",
      "es": "En 2022, todos los SPE participantes disponían de una estrategia digital de una u otra forma.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, slide 'Rôle des technologies numériques au niveau stratégique'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "strategy_role"
      },
      "exactness": "study_text"
    },
    {
      "item": "organisation.od_strategy",
      "bound": {
        "comparison": "eq",
        "value": 3,
        "unit": "pes",
        "of": 11,
        "options": [
          "fully_in_place",
          "in_development"
        ]
      },
      "en": "Most PES in the region have no organisational development strategy; the Republic of Korea, China and India are notable exceptions.",
      "fr": "La plupart des SPE de la région n'ont pas de stratégie de développement organisationnel (DO), la République de Corée, la Chine et l'Inde étant des exceptions notables.",
      "es": "La mayoría de los SPE de la región no tienen una estrategia de desarrollo organizativo (DO); la República de Corea, China y la India son excepciones notables.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, slide 'Rôle de l'organisation, de son personnel et de l'innovation au sein du SPE'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "organisation_role"
      },
      "exactness": "study_text"
    },
    {
      "item": "front_office.channel_analytics",
      "bound": {
        "comparison": "about",
        "value": 3,
        "unit": "pes",
        "of": 11
      },
      "en": "Only about a quarter of the PES analyse the use of their existing channels.",
      "fr": "Seul un quart des SPE analyse l'utilisation des canaux existants.",
      "es": "Solo una cuarta parte de los SPE analiza el uso de los canales existentes.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, slide 'Le rôle de la technologie dans les front offices, les services et les canaux du PSE'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "front_office_role"
      },
      "exactness": "study_text"
    },
    {
      "item": "front_office.channel_strategy",
      "bound": {
        "comparison": "le",
        "value": 5,
        "unit": "pes",
        "of": 11,
        "options": [
          "fully_in_place"
        ]
      },
      "en": "PES tend to have digital strategies for the back office, but most have none for developing the front office.",
      "fr": "Les SPE de la région Asie-Pacifique ont tendance à mettre en place des stratégies numériques pour le back-office, mais la plupart d'entre eux ne disposent pas de telles stratégies numériques pour le développement du front-office.",
      "es": "Los SPE de la región de Asia y el Pacífico tienden a establecer estrategias digitales para el back office, pero la mayoría no dispone de estrategias digitales de ese tipo para el desarrollo del front office.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, slide 'Le rôle de la technologie dans les front offices, les services et les canaux du PSE'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "front_office_role"
      },
      "exactness": "study_text"
    },
    {
      "item": "data.strategy",
      "bound": {
        "comparison": "le",
        "value": 5,
        "unit": "pes",
        "of": 11,
        "options": [
          "fully_in_place"
        ]
      },
      "en": "Only a minority of the PES have an integrated, coherent data strategy; the same holds for most data elements (ethical use, KPIs, group-level data, youth KPIs). China, Japan, the Philippines and Singapore report most elements of a comprehensive data strategy.",
      "fr": "Seule une minorité de SPE dans cette étude a mis en place une stratégie intégrée et cohérente en matière de données. La Chine, le Japon, les Philippines et Singapour déclarent avoir mis en place la plupart des éléments d'une stratégie globale en matière de données.",
      "es": "Solo una minoría de los SPE de este estudio ha establecido una estrategia de datos integrada y coherente. China, Japón, Filipinas y Singapur declaran haber establecido la mayoría de los elementos de una estrategia global de datos.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, slide 'Rôle des technologies numériques | Données'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "data_role"
      },
      "exactness": "study_text"
    },
    {
      "dimension": "organisation",
      "bound": {
        "comparison": "le",
        "value": 5,
        "unit": "pes",
        "of": 11,
        "note": "each"
      },
      "en": "The majority of PES do not focus on cultural change, digital skills development or inclusion.",
      "fr": "La majorité des SPE ne se concentrent pas sur le changement culturel, le développement des compétences numériques et l'inclusion.",
      "es": "La mayoría de los SPE no se centran en el cambio cultural, el desarrollo de competencias digitales ni la inclusión.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, slide 'Rôle de l'organisation, de son personnel et de l'innovation au sein du SPE'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "organisation_role"
      },
      "exactness": "study_text"
    },
    {
      "dimension": "youth_front_office",
      "en": "Social media is the channel most used to reach young people; fewer PES have dedicated social media channels for youth sub-groups or dedicated phone services, and fewer still a dedicated youth portal.",
      "fr": "Les médias sociaux sont le type de canal le plus couramment utilisé pour atteindre les jeunes; les SPE sont moins nombreux à disposer de canaux de médias sociaux dédiés ou de services téléphoniques dédiés aux jeunes; encore moins disposent d'un portail dédié à la jeunesse.",
      "es": "Las redes sociales son el tipo de canal más utilizado para llegar a los jóvenes; menos SPE disponen de canales de redes sociales o servicios telefónicos dedicados a los jóvenes, y aún menos de un portal dedicado a la juventud.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, slide 'Technologies front-office pour les jeunes'",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "youth_front_office"
      }
    },
    {
      "dimension": "youth_innovation",
      "en": "Innovative technologies for youth are rare, but could drive digital transformation.",
      "fr": "Les technologies innovantes pour les jeunes sont rares, mais elles pourraient stimuler la transformation digitale.",
      "es": "Las tecnologías innovadoras para los jóvenes son escasas, pero podrían impulsar la transformación digital.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, conclusion 8",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "conclusions"
      }
    },
    {
      "dimension": "analytics",
      "en": "PES recognise the relevance of advanced analytics such as AI, but would benefit from integrated approaches, a solid data foundation and measuring progress towards smart goals.",
      "fr": "Les SPE reconnaissent la pertinence des analyses avancées (telles que l'intelligence artificielle), mais pourraient bénéficier d'approches intégrées, d'une base de données solide et d'une mesure des progrès accomplis.",
      "es": "Los SPE reconocen la pertinencia de los análisis avanzados (como la inteligencia artificial), pero podrían beneficiarse de enfoques integrados, una base de datos sólida y una medición de los progresos realizados.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, conclusion 4",
      "citation": {
        "key": "ilo-ap-2023-presentation",
        "topic": "conclusions"
      }
    }
  ],
  "unavailable": "Per-item answer distributions for strategy, back office, front office, data, analytics, organisation and the youth technology charts are in the ILO report's figures but could not be read from the presentation (labels garbled in extraction). Load them by importing a new version of this dataset.",
  "citation": {
    "key": "ilo-ap-2023"
  },
  "unavailableText": {
    "en": "The study's per-item answer distributions (strategy, back office, front office, data, analytics, organisation, technology for youth) are not in this dataset yet: those questions have no reference figure.",
    "fr": "Les répartitions des réponses par question de l'étude (stratégie, back-office, front-office, données, analytique, organisation, technologies pour les jeunes) ne figurent pas encore dans ce jeu de données : ces questions n'ont aucun chiffre de référence.",
    "es": "Las distribuciones de respuestas por pregunta del estudio (estrategia, back office, front office, datos, analítica, organización, tecnología para jóvenes) aún no figuran en este conjunto de datos: esas preguntas no tienen cifra de referencia."
  }
} as const;

export const idbLac2022 = {
  "id": "idb-lac-2022",
  "name": {
    "en": "Latin America and the Caribbean PES (IDB, 2022 survey)",
    "fr": "SPE d'Amérique latine et des Caraïbes (BID, enquête 2022)",
    "es": "SPE de América Latina y el Caribe (BID, encuesta 2022)"
  },
  "region": "LAC",
  "surveyYear": 2022,
  "n": null,
  "nNote": "not published in the sources found; the 2019 baseline covered 9 PES",
  "source": "IDB (2023), The Digital Transformation of Public Employment Services across Latin America and the Caribbean (Pieterson, Baptista, Rosas, Franco); https://publications.iadb.org/en/digital-transformation-public-employment-services-across-latin-america-and-caribbean",
  "datasetVersion": "2026.2",
  "dimensions": {
    "strategy": {
      "level": 3.2
    },
    "back_office": {
      "level": 3
    },
    "front_office": {
      "level": 2.6
    },
    "data": {
      "level": 3
    },
    "organisation": {
      "level": 2.4
    },
    "_meta": {
      "scale": "1-5 digital maturity levels (IDB framework), regional means, 2022; all improved on 2019",
      "confidence": "as reported by a secondary source (https://strmnoticias.org/?p=757); not yet checked against the IDB report",
      "source": "https://strmnoticias.org/?p=757",
      "scaleText": {
        "en": "digital maturity levels 1 to 5 (IDB framework), regional means in 2022, all higher than in 2019",
        "fr": "niveaux de maturité numérique de 1 à 5 (cadre de la BID), moyennes régionales en 2022, toutes en hausse par rapport à 2019",
        "es": "niveles de madurez digital de 1 a 5 (marco del BID), medias regionales en 2022, todas superiores a las de 2019"
      },
      "citation": {
        "key": "idb-lac-2023-levels"
      },
      "exactness": "reported_mean"
    }
  },
  "items": {
    "organisation.od_strategy": {
      "kind": "bound",
      "bound": {
        "comparison": "eq",
        "value": 0,
        "unit": "percent",
        "options": [
          "fully_in_place"
        ]
      },
      "source": "seed-deck-fr.txt, LAC conclusions ('Aucun SPE ne dispose d'une stratégie de développement organisationnel')",
      "citation": {
        "key": "idb-lac-2023",
        "topic": "lac_comparison"
      },
      "exactness": "study_text"
    },
    "organisation.culture_change": {
      "kind": "bound",
      "bound": {
        "comparison": "lt",
        "value": 10,
        "unit": "percent",
        "options": [
          "fully_in_place",
          "in_development"
        ]
      },
      "source": "seed-deck-fr.txt, LAC conclusions ('moins de 10 % ont des programmes axés sur le changement culturel')",
      "citation": {
        "key": "idb-lac-2023",
        "topic": "lac_comparison"
      },
      "exactness": "study_text"
    }
  },
  "statements": [
    {
      "dimension": "strategy",
      "en": "In most cases digital strategies focus on digitising processes and services rather than on transforming the organisation as a whole; many barriers are therefore organisational (resistance, silos) rather than technical.",
      "fr": "Dans la plupart des cas, les stratégies numériques se concentrent sur la numérisation des processus et des services et moins sur la transformation numérique globale de leur organisation.",
      "es": "En la mayoría de los casos, las estrategias digitales se centran en la digitalización de los procesos y servicios, y menos en la transformación digital global de la organización.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, LAC conclusions",
      "citation": {
        "key": "idb-lac-2023",
        "topic": "lac_comparison"
      }
    },
    {
      "item": "back_office.documentation",
      "en": "The development of standards and documentation lags behind.",
      "fr": "L'élaboration de normes et de documentation est à la traîne.",
      "es": "La elaboración de normas y documentación va a la zaga.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, LAC conclusions",
      "citation": {
        "key": "idb-lac-2023",
        "topic": "lac_comparison"
      }
    },
    {
      "item": "front_office.channel_strategy",
      "bound": {
        "comparison": "lt",
        "value": 50,
        "unit": "percent",
        "options": [
          "fully_in_place"
        ]
      },
      "en": "Most LAC PES have no coherent services and channels strategy, and those being developed do not cover all channels and services.",
      "fr": "La plupart des SPE d'ALC n'ont pas mis en place de stratégies cohérentes en matière de services et de canaux.",
      "es": "La mayoría de los SPE de ALC no han establecido estrategias coherentes en materia de servicios y canales.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, LAC conclusions",
      "citation": {
        "key": "idb-lac-2023",
        "topic": "lac_comparison"
      },
      "exactness": "study_text"
    },
    {
      "dimension": "analytics",
      "en": "There is very little experience with advanced analytics such as machine learning and artificial intelligence.",
      "fr": "Il y a très peu d'expérience dans l'utilisation d'outils d'analyse avancés, tels que l'apprentissage automatique et l'intelligence artificielle.",
      "es": "Hay muy poca experiencia en el uso de herramientas de análisis avanzado, como el aprendizaje automático y la inteligencia artificial.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, LAC conclusions",
      "citation": {
        "key": "idb-lac-2023",
        "topic": "lac_comparison"
      }
    },
    {
      "item": "organisation.od_strategy",
      "en": "No PES has an organisational development strategy, and fewer than 10% have programmes focused on cultural change.",
      "fr": "Aucun SPE ne dispose d'une stratégie de développement organisationnel et moins de 10 % ont des programmes axés sur le changement culturel.",
      "es": "Ningún SPE dispone de una estrategia de desarrollo organizativo y menos del 10 % tiene programas centrados en el cambio cultural.",
      "originalLanguage": "fr",
      "source": "seed-deck-fr.txt, LAC conclusions",
      "citation": {
        "key": "idb-lac-2023",
        "topic": "lac_comparison"
      }
    },
    {
      "dimension": "front_office",
      "en": "Front offices are less digital than back offices, as in 2019.",
      "fr": "Les front-offices sont moins numériques que les back-offices, comme en 2019.",
      "es": "Los front offices no son tan digitales como sus back offices.",
      "originalLanguage": "es",
      "source": "https://strmnoticias.org/?p=757",
      "citation": {
        "key": "idb-lac-2023-levels"
      }
    }
  ],
  "unavailable": "Per-item LAC answer distributions and n are in the IDB report and could not be read here. Load them by importing a new version of this dataset.",
  "citation": {
    "key": "idb-lac-2023"
  },
  "nNoteText": {
    "en": "the 2019 baseline covered 9 PES",
    "fr": "l'enquête de référence de 2019 portait sur 9 SPE",
    "es": "la línea de base de 2019 abarcó 9 SPE"
  },
  "unavailableText": {
    "en": "The IDB study's per-item answer distributions and the number of PES surveyed are not in this dataset yet: those questions have no reference figure.",
    "fr": "Les répartitions des réponses par question de l'étude de la BID et le nombre de SPE interrogés ne figurent pas encore dans ce jeu de données : ces questions n'ont aucun chiffre de référence.",
    "es": "Las distribuciones de respuestas por pregunta del estudio del BID y el número de SPE encuestados aún no figuran en este conjunto de datos: esas preguntas no tienen cifra de referencia."
  }
} as const;

export const iloGlobal2020 = {
  "id": "ilo-global-2020",
  "name": {
    "en": "Global PES survey (ILO/WAPES, 2020)",
    "fr": "Enquête mondiale sur les SPE (OIT/AMSEP, 2020)",
    "es": "Encuesta mundial de SPE (OIT/AMSPE, 2020)"
  },
  "region": "GLOBAL",
  "surveyYear": 2020,
  "n": 69,
  "nNote": "69 PES in 64 countries",
  "source": "ILO (2022), Technology adoption in public employment services: Catching up with the future; https://www.ilo.org/emppolicy/pubs/WCMS_840767/lang--en/index.htm",
  "datasetVersion": "2026.2",
  "statements": [
    {
      "dimension": "front_office",
      "en": "All surveyed PES provide services online, such as registration to search and apply for jobs; nearly one third also offer AI-driven solutions.",
      "fr": "Tous les SPE interrogés proposent des services en ligne, comme l'inscription pour rechercher des offres d'emploi et y postuler ; près d'un tiers proposent aussi des solutions fondées sur l'IA.",
      "es": "Todos los SPE encuestados ofrecen servicios en línea, como el registro para buscar ofertas de empleo y postularse; casi un tercio ofrece además soluciones basadas en la IA.",
      "originalLanguage": "en",
      "source": "https://www.ilo.org/emppolicy/pubs/WCMS_761924/lang--en/index.htm",
      "citation": {
        "key": "ilo-2020-brief"
      }
    },
    {
      "item": "context.drivers",
      "en": "PES see technology mainly as a way to increase performance and expand coverage (especially in low- and middle-income countries), respond to clients' changing expectations and enable inclusive service delivery; reducing costs matters but is not the main driver.",
      "fr": "Les SPE voient avant tout la technologie comme un moyen d'améliorer leurs performances et d'élargir leur couverture (surtout dans les pays à revenu faible ou intermédiaire), de répondre aux attentes changeantes des usagers et de rendre les services inclusifs ; réduire les coûts compte, mais n'est pas le moteur principal.",
      "es": "Los SPE ven la tecnología sobre todo como una forma de mejorar su desempeño y ampliar su cobertura (especialmente en los países de ingreso bajo y mediano), responder a las expectativas cambiantes de los usuarios y permitir una prestación inclusiva de los servicios; reducir costos importa, pero no es el motor principal.",
      "originalLanguage": "en",
      "source": "https://www.ilo.org/emppolicy/pubs/WCMS_764104/lang--en/index.htm",
      "citation": {
        "key": "ilo-2020-brief"
      }
    }
  ],
  "citation": {
    "key": "ilo-global-2022"
  }
} as const;
