/**
 * French strings of the figures (the reference dictionary: English must have the same keys).
 * Every visible word of a figure lives here: titles, descriptions for assistive tech, captions, labels.
 * Keys are grouped by figure: km (model), ax (axes matrix), pl (participation ladder),
 * tl (timing line), pm (profile map), cl (control levers).
 * A soft hyphen (\u00AD) marks where a long word may break in a narrow drawing; it never shows otherwise.
 */
export const figuresFr = {
  'km.title': 'Le modèle du knowledge marketing',
  'km.desc':
    'Schéma en boucle entre l’entreprise et le client. L’apprentissage va vers le client (empowerment : l’entreprise cocrée ses compétences) et revient du client (la vente, les ergonomes et la R&D apprennent des compétences que les clients leur renvoient). Cette double boucle mène à la cocréation et à la coproposition de valeur, d’où découlent l’innovation, la fidélisation et la conquête de nouveaux clients.',
  'km.caption':
    'L’apprentissage circule dans les deux sens entre l’entreprise et le client ; la valeur qui en naît est créée et proposée à deux.',
  'km.firm': 'L’entreprise',
  'km.firmNote': 'Vente, ergonomes, R&D',
  'km.customer': 'Le client',
  'km.customerNote': 'Ses savoirs, ses savoir-faire, ses expériences',
  'km.to': 'Apprendre AU client',
  'km.toNote': 'Empowerment : cocréer avec le client ses propres compétences',
  'km.from': 'Apprendre DU client',
  'km.fromNote': 'Cocréation des compétences de l’organisation, nourries par celles du client',
  'km.value': 'Cocréation et coproposition de valeur',
  'km.innovation': 'Innovation',
  'km.loyalty': 'Fidélisation',
  'km.newCustomers': 'Conquête de nouveaux clients',

  'ax.title': 'Les deux axes de la méthode : implication et connaissance',
  'ax.desc':
    'Matrice qui croise l’implication du client (faible en bas, forte en haut) et son niveau de connaissance (novice, intermédiaire puis expert, de gauche à droite). La case des clients très impliqués aux connaissances intermédiaires est mise en avant : c’est la catégorie « customer empowerment », cible du knowledge marketing. Sous la matrice, ce que soutient la méthode : le novice abandonne facilement, l’expert consacre peu d’effort à apprendre, le profil intermédiaire est celui qui en consacre le plus.',
  'ax.caption':
    'Les actions visent des clients impliqués, ni débutants ni experts. L’effort d’apprentissage selon le niveau est ce que soutient la méthode, d’origine incertaine, pas un résultat mesuré.',
  'ax.yAxis': 'Implication',
  'ax.yHigh': 'Forte',
  'ax.yLow': 'Faible',
  'ax.xAxis': 'Connaissance et compétence',
  'ax.novice': 'Novice',
  'ax.intermediate': 'Intermé\u00ADdiaire',
  'ax.expert': 'Expert',
  'ax.highNovice': 'Novices impliqués',
  'ax.highExpert': 'Experts impliqués',
  'ax.lowNovice': 'Novices peu impliqués',
  'ax.lowIntermediate': 'Intermé\u00ADdiaires peu impliqués',
  'ax.lowExpert': 'Experts peu impliqués',
  'ax.target': 'Cible du knowledge marketing',
  'ax.targetNote': 'Catégorie « customer empower\u00ADment »',
  'ax.effort': 'Effort d’apprentissage (ce que soutient la méthode)',
  'ax.effortNovice': 'Abandonne facilement',
  'ax.effortIntermediate': 'Investit le plus',
  'ax.effortExpert': 'Investit peu',

  'pl.title': 'Trois niveaux de participation',
  'pl.desc':
    'Escalier à trois marches, d’après Bitner et al. (1997). Participation faible : le client est présent, payer est parfois son seul apport, et l’offre est standardisée (vol en avion, nuit d’hôtel, restauration rapide) ; participation modérée : ses apports actifs adaptent une offre standard (coupe de cheveux, bilan de santé annuel). Participation forte : il cocrée une offre sur mesure qui n’existerait pas sans lui (conseil conjugal, programme d’amaigrissement).',
  'pl.caption': 'D’après Bitner et al. (1997) : plus le client participe, plus l’offre dépend de lui.',
  'pl.axis': 'Participation du client',
  'pl.customerLabel': 'Le client',
  'pl.offerLabel': 'L’offre',
  'pl.examplesLabel': 'Exemples',
  'pl.low': 'Faible',
  'pl.lowCustomer': 'Est présent ; payer peut être son seul apport',
  'pl.lowOffer': 'Standardisée, assurée même sans son achat',
  'pl.lowExamples': 'Vol en avion, nuit d’hôtel, restauration rapide',
  'pl.moderate': 'Modérée',
  'pl.moderateCustomer': 'Fournit des apports actifs : informations, matériaux, efforts',
  'pl.moderateOffer': 'Standard, adaptée grâce à ces apports',
  'pl.moderateExamples': 'Coupe de cheveux, bilan de santé annuel',
  'pl.high': 'Forte',
  'pl.highCustomer': 'Cocrée le produit ou le service',
  'pl.highOffer': 'Sur mesure : impossible sans son achat et sa participation active',
  'pl.highExamples': 'Conseil conjugal, programme d’amaigrissement',

  'tl.title': 'Les trois moments de la participation',
  'tl.desc':
    'Frise en trois étapes. En amont, la préconception sert à recueillir des informations pour concevoir ou adapter l’offre ; pendant la création de l’offre, la coconception (ou cocréation) vise à la personnaliser par le dialogue, avec des options modulaires ou un espace de liberté. Enfin, la coproduction porte sur une offre qui existe déjà : le client y réalise la tâche qui lui est confiée.',
  'tl.caption':
    'Le client peut intervenir avant, pendant ou après la création de l’offre ; chaque moment poursuit son propre objectif.',
  'tl.axis': 'Dans le temps',
  'tl.goal': 'Objectif',
  'tl.pre': 'Préconception',
  'tl.preWhen': 'En amont de l’offre',
  'tl.preGoal': 'Recueillir des informations pour concevoir ou adapter l’offre',
  'tl.co': 'Coconception (cocréation)',
  'tl.coWhen': 'Pendant la création de l’offre',
  'tl.coGoal': 'Personnaliser par le dialogue : options modulaires ou espace de liberté',
  'tl.prod': 'Coproduction',
  'tl.prodWhen': 'Offre déjà réalisée',
  'tl.prodGoal': 'Accomplir la tâche confiée, sur une offre qui existe déjà',

  'pm.title': 'Cinq profils de coproduction',
  'pm.desc':
    'Carte des cinq profils de coproduction d’après Carton, placés selon la lecture du site. En participation modérée : A libre-service (seul, ponctuel, peu de liberté), B meuble en kit à monter (seul ou en petit groupe, ponctuel, peu de liberté) et C événement, comme un concert (en masse, ponctuel, liberté faible à moyenne). En participation forte : E jeu de société (petit groupe, répété, liberté moyenne à élevée) et D loisir centré sur un objet, comme une maquette ou une préparation pour gâteau (seul ou en petit groupe, ponctuel, liberté élevée) ; A et B relèvent de la coproduction utilitaire, C, D et E de la coproduction expérientielle.',
  'pm.caption':
    'Lecture du site : la source montre les cinq profils sur un schéma qui croise espace de liberté, niveau de participation et nombre de consommateurs, mais la copie consultée ne permet pas d’y lire la position de chacun ; les positions de cette carte sont celles que retient le site. La carte croise deux caractéristiques ; chaque étiquette donne le nombre de participants et le caractère ponctuel ou répété.',
  'pm.xAxis': 'Espace de liberté',
  'pm.xLow': 'Faible',
  'pm.xMid': 'Moyen',
  'pm.xHigh': 'Élevé',
  'pm.yAxis': 'Niveau de participation',
  'pm.yModerate': 'Modéré',
  'pm.yHigh': 'Élevé',
  'pm.utilitarian': 'Coproduction utilitaire',
  'pm.experiential': 'Coproduction expérientielle',
  'pm.a': 'A · Libre-service',
  'pm.aDetail': 'Seul · participation ponctuelle',
  'pm.b': 'B · Meuble en kit à monter',
  'pm.bDetail': 'Seul ou en petit groupe · ponctuelle',
  'pm.c': 'C · Événement (concert)',
  'pm.cDetail': 'En masse · ponctuelle',
  'pm.d': 'D · Centré sur l’objet (maquette, gâteau à préparer)',
  'pm.dDetail': 'Seul ou en petit groupe · ponctuelle',
  'pm.e': 'E · Instrumental (jeu de société)',
  'pm.eDetail': 'Petit groupe · participation répétée',

  'cl.title': 'Trois leviers pour garder la participation sous contrôle',
  'cl.desc':
    'Au centre, le client qui participe et le résultat qu’il coproduit. Trois leviers agissent sur eux : l’accompagnement et la formation (tutoriels, prise en main guidée, personnel disponible), la sanction (règles d’usage, cautions, notes et avis) et la configuration de l’offre (réglages par défaut, options modulaires, conception qui empêche les erreurs).',
  'cl.caption':
    'Ce que soutient la méthode (cadre d’origine incertaine) pour laisser au client assez de liberté tout en maîtrisant le résultat ; les exemples de chaque levier sont des illustrations du site.',
  'cl.hub': 'Le client qui participe',
  'cl.result': 'Le résultat coproduit',
  'cl.train': 'Accompagnement et formation',
  'cl.train1': 'Tutoriels, guides pas à pas',
  'cl.train2': 'Prise en main guidée',
  'cl.train3': 'Personnel disponible sur place',
  'cl.sanction': 'Sanction',
  'cl.sanction1': 'Règles d’usage claires',
  'cl.sanction2': 'Cautions, dépôts de garantie',
  'cl.sanction3': 'Notes et avis',
  'cl.config': 'Configuration de l’offre',
  'cl.config1': 'Réglages par défaut',
  'cl.config2': 'Options modulaires',
  'cl.config3': 'Conception qui empêche les erreurs',
} as const;

export type FigureKey = keyof typeof figuresFr;
/** The shape every language must fill: a missing key is a type error. */
export type FiguresDict = { readonly [K in keyof typeof figuresFr]: string };
