import { type Messages } from './message-keys';

/** Deutsche Texte (übersetzt aus dem Französischen, der Referenzsprache; Begriffe: docs/translations.md). */
export const DE_MESSAGES = {
  'steps.COMMITMENT': 'Den Willen zum Engagement aufbauen',
  'steps.PARTNER_SEARCH': 'Potenzielle Partner suchen',
  'steps.PRESENTATION': 'Sich vorstellen können',
  'steps.INITIATION': 'Die Beziehung anbahnen',
  'steps.CONVENTION': 'Vereinbarung schließen und Dialog planen',
  'steps.ACTIONS': 'Maßnahmen umsetzen',

  'stepStatus.done': 'Abgeschlossen',
  'stepStatus.current': 'Laufend',
  'stepStatus.todo': 'Anstehend',
  'stepStatus.blocked': 'Blockiert',

  'blocking.PARTNERSHIP.SUSPENDED': 'Die Partnerschaft ist ausgesetzt.',
  'blocking.PARTNERSHIP.TERMINATED': 'Die Partnerschaft ist beendet.',

  'criteria.COMMITMENT.MOTIVATIONS_STATED':
    'Ihre Beweggründe für die Zusammenarbeit sind schriftlich festgehalten.',
  'criteria.COMMITMENT.MOTIVATIONS_REVIEWED':
    'Jeder Beweggrund wurde von einer Mandatsträgerin oder einem Mandatsträger geprüft und bestätigt.',
  'criteria.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'Mindestens drei lokale Akteure aus mindestens zwei Bereichen (Verein, Schule, Krankenhaus …) wurden jeweils zum Vorhaben angehört.',
  'criteria.COMMITMENT.STAKES_IDENTIFIED':
    'Die Herausforderungen Ihres Gebiets, für die die Zusammenarbeit ein Hebel sein kann, sind benannt.',
  'criteria.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'Es ist benannt, was Ihre Kommune einem Partner einbringen kann.',
  'criteria.PARTNER_SEARCH.CANDIDATE_ACCEPTED': 'Eine Partnerkommune hat ihr Engagement zugesagt.',
  'criteria.PRESENTATION.COMPLETE':
    'Ihre Vorstellung legt Ihre Beweggründe, Ihr Gebiet und seine Akteure, Ihre Herausforderungen und Ihre Beiträge dar.',
  'criteria.INITIATION.VISIT_TO_PARTNER': 'Eine Delegation ist in die Partnerkommune gereist.',
  'criteria.INITIATION.VISIT_FROM_PARTNER': 'Eine Delegation der Partnerkommune wurde bei Ihnen empfangen.',
  'criteria.CONVENTION.MOTIVATIONS_SHARED_BY_ALL': 'Jede Partei hat ihre Beweggründe offengelegt.',
  'criteria.CONVENTION.COMPATIBILITY_REVIEWED':
    'Mandatsträger:innen jeder Partei haben die Vereinbarkeit der Beweggründe geprüft.',
  'criteria.CONVENTION.PRIORITIES_SET': 'Die Parteien haben gemeinsam mindestens eine Priorität festgelegt.',
  'criteria.CONVENTION.SIGNED': 'Die Partnerschaftsvereinbarung ist unterzeichnet.',
  'criteria.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Alle Parteien haben einen Dialogplan für Mandatsträger:innen, Fachkräfte der Verwaltung und lokale Akteure bestätigt.',
  'criteria.ACTIONS.FIRST_ACTION_STARTED': 'Eine erste konkrete Maßnahme hat begonnen.',
  'criteria.ACTIONS.FUNDING_IDENTIFIED': 'Für mindestens eine Maßnahme ist eine Finanzierung gefunden.',
  'criteria.ACTIONS.INDICATORS_CO_VALIDATED': 'Mindestens ein Indikator wurde von allen Parteien bestätigt.',
  'criteria.ACTIONS.AID_COMPLETED':
    'Die Nothilfe wurde geleistet: Mindestens eine Maßnahme ist abgeschlossen.',

  'criteriaWhy.COMMITMENT.MOTIVATIONS_STATED':
    'Bevor sie Partner sucht, klärt die Kommune ihr eigenes Anliegen: Was suchen wir, warum wollen wir zusammenarbeiten?',
  'criteriaWhy.COMMITMENT.MOTIVATIONS_REVIEWED':
    'Die Beweggründe sind eine politische Frage: Die Mandatsträger:innen verantworten sie, oft durch einen Ratsbeschluss.',
  'criteriaWhy.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'Eine Zusammenarbeit, die von vielfältigen lokalen Akteuren getragen wird, ist stärker und übersteht politische Wechsel.',
  'criteriaWhy.COMMITMENT.STAKES_IDENTIFIED':
    'Die Zusammenarbeit soll den Herausforderungen des eigenen Gebiets dienen und kein Selbstzweck sein.',
  'criteriaWhy.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'Eine Beziehung zum gegenseitigen Nutzen setzt voraus, dass man weiß, was man einbringen kann, nicht nur, was man erwartet.',
  'criteriaWhy.PARTNER_SEARCH.CANDIDATE_ACCEPTED':
    'Die Suche über die Netzwerke der Akteure, kommunale Netzwerke und zufällige Begegnungen führt zu einem Partner, der sich verpflichtet.',
  'criteriaWhy.PRESENTATION.COMPLETE':
    'Ein ansprechendes Dokument und eine klare Argumentation zeigen potenziellen Partnern, wer Sie sind und was Sie suchen.',
  'criteriaWhy.INITIATION.VISIT_TO_PARTNER':
    'Eine Reise zum Partner zeigt sein Gebiet und seine Herausforderungen; Delegationsreisen sollen in beide Richtungen gehen.',
  'criteriaWhy.INITIATION.VISIT_FROM_PARTNER':
    'Den Partner zu empfangen zeigt Ihr Gebiet und schafft eine ausgewogene Beziehung; Delegationsreisen sollen in beide Richtungen gehen.',
  'criteriaWhy.CONVENTION.MOTIVATIONS_SHARED_BY_ALL':
    'Unausgesprochene Beweggründe nähren Missverständnisse: Jede Partei legt ihre offen, bevor etwas unterzeichnet wird.',
  'criteriaWhy.CONVENTION.COMPATIBILITY_REVIEWED':
    'Die Vereinbarung schließt einen politischen Dialog ab, in dem die Mandatsträger:innen die Vereinbarkeit der Beweggründe prüfen.',
  'criteriaWhy.CONVENTION.PRIORITIES_SET':
    'Eine Vereinbarung hat für jede Partei nur Sinn, wenn die Prioritäten gemeinsam festgelegt wurden.',
  'criteriaWhy.CONVENTION.SIGNED':
    'Die unterzeichnete Vereinbarung besiegelt eine langfristige Verpflichtung zwischen den Kommunen.',
  'criteriaWhy.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Ein regelmäßiger Austausch, angepasst an die Bedingungen vor Ort, verhindert, dass die Zusammenarbeit zwischen zwei Besuchen einschläft.',
  'criteriaWhy.ACTIONS.FIRST_ACTION_STARTED':
    'Kleine konkrete Maßnahmen erproben die gemeinsame Arbeit und zeigen den Bürgerinnen und Bürgern, dass die Zusammenarbeit keine Sache „reisender Politiker“ ist.',
  'criteriaWhy.ACTIONS.FUNDING_IDENTIFIED':
    'Ergänzende Finanzierungen machen die Maßnahmen möglich und vervielfachen jeden Euro, den die Kommune einsetzt.',
  'criteriaWhy.ACTIONS.INDICATORS_CO_VALIDATED':
    'Eine Partnerschaft, die an gemeinsam festgelegten Zielen und Indikatoren gemessen wird, begrenzt Ungleichgewichte.',
  'criteriaWhy.ACTIONS.AID_COMPLETED':
    'Nothilfe, die ohne Vereinbarung zulässig ist (französisches Gesetz von 2007), ist zeitlich begrenzt: Ist sie geleistet, legt die Kommune ihrem Rat und der Nationalen Kommission für dezentrale Zusammenarbeit Rechenschaft ab, die über jede Maßnahme informiert werden muss.',

  'warnings.COMMITMENT.MOTIVATION_CHANGES_REQUESTED':
    'Eine Mandatsträgerin oder ein Mandatsträger hat Änderungen an einem Beweggrund verlangt.',
  'warnings.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'Potenzielle Partner werden verfolgt, obwohl der Wille zum Engagement noch nicht aufgebaut ist.',
  'warnings.RELATION.RUPTURE_SIGNAL':
    'Ein Warnsignal für eine Beendigung lastet auf der Beziehung (Wahlen, Haushaltskürzungen, Kurswechsel …).',
  'warnings.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'Der nächste geplante Schritt mit einem potenziellen Partner ist überfällig.',
  'warnings.INITIATION.DELEGATION_TOO_LARGE': 'Diese Delegation ist größer als empfohlen.',
  'warnings.INITIATION.DELEGATION_NOT_DIVERSE': 'Diese Delegation besteht nur aus einer Art von Mitgliedern.',
  'warnings.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'Auf einer Seite hängt die Beziehung an einer einzigen Person.',
  'warnings.INITIATION.VISITS_NOT_RECIPROCAL': 'Die Besuche mit diesem Partner gingen nur in eine Richtung.',
  'warnings.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Die Reise- und Sicherheitshinweise für eine bevorstehende Delegationsreise müssen erneut geprüft werden.',
  'warnings.INITIATION.VISIT_REPORT_MISSING': 'Zu einer Delegationsreise fehlt noch der Bericht.',
  'warnings.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Eine Reise in ein Gebiet, von dem außer aus zwingendem Grund abgeraten wird, wartet noch auf die Zustimmung einer Mandatsträgerin oder eines Mandatsträgers.',
  'warnings.CONVENTION.EXPIRING_SOON': 'Die Vereinbarung läuft bald aus.',
  'warnings.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'Die Vereinbarung wird vorbereitet, obwohl mit diesem Partner noch keine Besuche in beide Richtungen stattgefunden haben.',
  'warnings.CONVENTION.PARTNER_STAKES_MISSING':
    'Der Partner hat seine eigenen Herausforderungen und Beiträge, die die Vereinbarung widerspiegeln muss, noch nicht eingetragen.',
  'warnings.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON':
    'Die Frist für einen Widerspruch gegen die stillschweigende Verlängerung läuft bald ab.',
  'warnings.DIALOGUE.EXCHANGE_OVERDUE': 'Ein im Dialogplan vorgesehener Austausch ist überfällig.',
  'warnings.DIALOGUE.FALLING_ASLEEP':
    'Die Beziehung schläft ein: Eine Zielgruppe hatte länger als vereinbart keinen Austausch, unabhängig davon, was die anderen getan haben.',
  'warnings.DIALOGUE.CHANNEL_NOT_USUAL':
    'Ein vorgesehener Kanal gehört nicht zu den Gewohnheiten des Partners.',
  'warnings.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY': 'Alle Maßnahmen finden in nur einem Gebiet statt.',
  'warnings.ACTIONS.ALL_INITIATED_BY_ONE_PARTY': 'Alle Maßnahmen wurden von derselben Partei vorgeschlagen.',
  'warnings.ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'Ein Indikator wurde nicht von allen Parteien bestätigt.',
  'warnings.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Eine laufende Maßnahme wurde seit einem Jahr nicht gemeinsam evaluiert.',

  'warningsWhy.COMMITMENT.MOTIVATION_CHANGES_REQUESTED':
    'Der Beweggrund bleibt außen vor, bis er überarbeitet und bestätigt ist.',
  'warningsWhy.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'Die Partnersuche ist erst sinnvoll, wenn der Wille zum Engagement aufgebaut ist: Beweggründe von Mandatsträger:innen bestätigt, lokale Akteure, die das Vorhaben mittragen, Herausforderungen und Beiträge benannt. Sonst trifft der Partner eine Verwaltung allein, ohne Vorhaben.',
  'warningsWhy.RELATION.RUPTURE_SIGNAL':
    'Regionen haben Kooperationen nach Wahlen, Haushaltskürzungen und einer Rückbesinnung auf eigene Interessen beendet, oft ohne Verhandlung: Früh erkannt, lässt ein solches Signal Zeit, mit dem Partner zu sprechen, neue Mandatsträger:innen zu informieren und laufende Maßnahmen abzusichern.',
  'warningsWhy.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'Jeder Kontakt will gepflegt werden, sonst verstreicht die Gelegenheit.',
  'warningsWhy.INITIATION.DELEGATION_TOO_LARGE':
    'Kleine Delegationen fördern den direkten Kontakt, der eine feste und dauerhafte Beziehung aufbaut.',
  'warningsWhy.INITIATION.DELEGATION_NOT_DIVERSE':
    'Eine Beziehung, die sich auf die Verwaltungsspitzen beschränkt, ist fragil: Beziehen Sie Mandatsträger:innen, Fachkräfte der Verwaltung und lokale Akteure ein.',
  'warningsWhy.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'Eine Beziehung, die von mehreren Personen in unterschiedlichen Funktionen getragen wird, übersteht politische Wechsel und beugt der Vereinnahmung durch Einzelne vor.',
  'warningsWhy.INITIATION.VISITS_NOT_RECIPROCAL':
    'Gegenseitige Delegationsreisen in beide Gebiete sind das Zeichen einer ausgewogenen Beziehung.',
  'warningsWhy.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Die Mandatsträger:innen tragen die Verantwortung für die Sicherheit der Delegationen; Reise- und Sicherheitshinweise ändern sich.',
  'warningsWhy.INITIATION.VISIT_REPORT_MISSING':
    'Der Bericht hält fest, was die Delegationsreise erbracht hat, und teilt es mit dem Partner.',
  'warningsWhy.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Die Mandatsträger:innen tragen die Verantwortung für die Sicherheit der Delegationen: Die Reise kann nicht ohne ihre Zustimmung und den zwingenden Grund, den sie angeben, stattfinden.',
  'warningsWhy.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'Die Vereinbarung schließt einen Dialog des gegenseitigen Kennenlernens ab (Methode, Schritt 5): Sie wird nicht verfasst, ohne das Gebiet des anderen gesehen zu haben. Das ist kein Verbot: Ein Besuch kann unmöglich sein (rote Zone, Budget); sagen Sie dann, warum, und erwägen Sie ein Treffen an einem dritten Ort.',
  'warningsWhy.CONVENTION.PARTNER_STAKES_MISSING':
    'Eine Zusammenarbeit zum gegenseitigen Nutzen geht von den Herausforderungen und Beiträgen jedes Gebiets aus, nicht nur von denen der Initiatorin. Der Partner trägt sie selbst ein, über den Link „Engagement aufbauen“ auf der Seite der Partnerschaft.',
  'warningsWhy.CONVENTION.EXPIRING_SOON':
    'Ordnungsgemäß verlängern oder beenden: Der Partner verdient eine Vorankündigung und eine Entscheidung.',
  'warningsWhy.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON':
    'Ohne Widerspruch vor Fristablauf verlängert sich die Vereinbarung automatisch.',
  'warningsWhy.DIALOGUE.EXCHANGE_OVERDUE':
    'Häufigkeit und Qualität des Austauschs halten die Beziehung lebendig.',
  'warningsWhy.DIALOGUE.FALLING_ASLEEP':
    'Kooperationen schlafen zwischen zwei Delegationsreisen ein, wenn der regelmäßige Dialog abreißt; Mandatsträger:innen, Fachkräfte und lokale Akteure haben jeweils ihren eigenen Rhythmus, und ein Telefonat zwischen Fachkräften hält die Verbindung zwischen Mandatsträger:innen nicht aufrecht.',
  'warningsWhy.DIALOGUE.CHANNEL_NOT_USUAL':
    'Berücksichtigen Sie die Kommunikationsgewohnheiten jedes Ortes: Ein ungewohnter Kanal bleibt leicht ohne Antwort.',
  'warningsWhy.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY':
    'Jeder Partner soll davon profitieren: Die Wirkungen „hier“ und „dort“ sind der Prüfstein der Gegenseitigkeit.',
  'warningsWhy.ACTIONS.ALL_INITIATED_BY_ONE_PARTY':
    'Wenn eine Partei alle Themen vorschlägt, wird die Beziehung einseitig.',
  'warningsWhy.ACTIONS.INDICATORS_NOT_CO_VALIDATED':
    'Gemeinsam festgelegte Indikatoren wirken Ungleichgewichten entgegen.',
  'warningsWhy.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Regelmäßige gemeinsame Evaluierungen halten gemeinsame Arbeitsweisen lebendig.',

  'errors.RECORD.NOT_FOUND': 'Dieses Element existiert nicht.',
  'errors.RECORD.DUPLICATE_ID': 'Ein Element mit dieser Kennung existiert bereits.',
  'errors.RECORD.TEXT_REQUIRED': 'Dieses Feld ist ein Pflichtfeld.',
  'errors.RECORD.INVALID_VALUE': 'Dieser Wert ist ungültig.',
  'errors.ORGANISATION.INVALID_COUNTRY': 'Das Land muss ein zweistelliger ISO-Code sein.',
  'errors.ORGANISATION.INVALID_LANGUAGE': 'Die Sprachen müssen gültige Sprachcodes sein.',
  'errors.ORGANISATION.INVALID_TIME_ZONE': 'Die Zeitzone ist unbekannt.',
  'errors.ORGANISATION.INVALID_POPULATION': 'Die Einwohnerzahl muss eine ganze Zahl sein.',
  'errors.PARTNERSHIP.DUPLICATE_PARTY': 'Diese Kommune ist bereits Partei der Partnerschaft.',
  'errors.PARTNERSHIP.UNKNOWN_PARTY': 'Diese Kommune ist keine Partei der Partnerschaft.',
  'errors.PARTNERSHIP.NEEDS_PARTNER': 'Dafür ist eine Partnerkommune erforderlich.',
  'errors.PARTNERSHIP.SUSPENDED': 'Die Partnerschaft ist ausgesetzt: Nehmen Sie sie zuerst wieder auf.',
  'errors.PARTNERSHIP.TERMINATED': 'Die Partnerschaft ist beendet: Sie kann nicht mehr geändert werden.',
  'errors.PARTNERSHIP.NOT_SUSPENDED': 'Die Partnerschaft ist nicht ausgesetzt.',
  'errors.PARTNERSHIP.SUSPENSION_NEEDS_REASON': 'Geben Sie den Grund für die Aussetzung an.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_REASON':
    'Geben Sie den Grund für die Beendigung der Partnerschaft an.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_NOTICE':
    'Halten Sie die dem Partner geschuldete Kündigungsfrist ein, bevor Sie die Partnerschaft beenden.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS': 'Entscheiden Sie über jede laufende Maßnahme.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH':
    'Eine Vereinbarung bindet die Parteien (oder das Ende ist aufgeschoben): Schlagen Sie dem Partner die Beendigung vor, lassen Sie Ihren Rat darüber beschließen und kündigen Sie dann fristgerecht.',
  'errors.PARTNERSHIP.RUPTURE_ALREADY_OPEN': 'Für diese Partnerschaft läuft bereits eine Beendigung.',
  'errors.PARTNERSHIP.NO_OPEN_RUPTURE': 'Für diese Partnerschaft läuft keine Beendigung.',
  'errors.PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER': 'Die Antwort auf eine Beendigung kommt vom Partner.',
  'errors.PARTNERSHIP.RUPTURE_NOT_NEGOTIATED':
    'Hören Sie zuerst den Partner an: Die Entscheidung kann erfasst werden, sobald er geantwortet hat oder die Verhandlungsfrist abgelaufen ist.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION':
    'Geben Sie den beschließenden Rat, das Aktenzeichen seines Beschlusses und dessen Datum an (zwischen dem Vorschlag und heute).',
  'errors.PARTNERSHIP.NOTICE_NOT_OVER': 'Die Kündigungsfrist ist noch nicht abgelaufen.',
  'errors.PARTNERSHIP.IN_NOTICE':
    'Die Partnerschaft ist gekündigt: Sie läuft bis zu ihrem Ende weiter (Austausch, Berichte, abzuschließende Maßnahmen), aber nichts Neues beginnt.',
  'errors.PARTNERSHIP.FORM_UNCHANGED': 'Die Partnerschaft hat bereits diese Form.',
  'errors.PARTNERSHIP.FORM_BOUND_BY_CONVENTION':
    'Eine unterzeichnete Vereinbarung bindet die Parteien: Die Partnerschaft bleibt eine Zusammenarbeit mit Vereinbarung, solange diese läuft. Beenden Sie zuerst die Vereinbarung.',
  'errors.PARTNERSHIP.GOVERNANCE_UNCHANGED': 'Diese Partei wird bereits so geleitet.',
  'errors.REVIEW.REVIEWER_NOT_ELECTED':
    'Nur eine Mandatsträgerin oder ein Mandatsträger kann diese Stellungnahme abgeben (oder, bei einer Kommune unter einer ernannten Leitung, die Person, die sie leitet oder für sie handelt).',
  'errors.REVIEW.REVIEWER_OTHER_PARTY':
    'Die Mandatsträger:innen jeder Partei äußern sich zu ihrer eigenen Partei.',
  'errors.COMMITMENT.MOTIVATION_NOT_APPROVED':
    'Ein Beweggrund muss von einer Mandatsträgerin oder einem Mandatsträger bestätigt sein, bevor er geteilt wird.',
  'errors.COMMITMENT.MOTIVATION_ALREADY_SHARED': 'Dieser Beweggrund ist bereits geteilt.',
  'errors.PARTNER_SEARCH.INVALID_TRANSITION':
    'Der potenzielle Partner kann nicht in diesen Schritt wechseln.',
  'errors.PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED':
    'Erfassen Sie die Kandidatenkommune, bevor Sie sie annehmen.',
  'errors.PARTNER_SEARCH.COMMITMENT_NOT_BUILT':
    'Nehmen Sie einen Partner erst an, wenn Ihre Beweggründe von einer Mandatsträgerin oder einem Mandatsträger bestätigt sind.',
  'errors.PARTNER_SEARCH.CANDIDATE_IS_PARTY':
    'Diese Kommune ist bereits Partei der Partnerschaft: Sie kann nicht Kandidatin sein.',
  'errors.PARTNER_SEARCH.DUPLICATE_CANDIDATE':
    'Diese Kommune ist bereits Kandidatin für diese Partnerschaft.',
  'errors.VISIT.END_BEFORE_START': 'Eine Delegationsreise kann nicht vor ihrem Beginn enden.',
  'errors.VISIT.EMPTY_DELEGATION': 'Eine Delegationsreise hat mindestens ein Delegationsmitglied.',
  'errors.VISIT.MEMBER_OTHER_PARTY': 'Ein Delegationsmitglied gehört nicht zur richtigen Partei.',
  'errors.VISIT.TRAVEL_ADVISORY_REQUIRED':
    'Erfassen Sie die Reise- und Sicherheitshinweise für das Reiseziel.',
  'errors.VISIT.RED_ZONE_REFUSED':
    'Keine Delegation reist in ein Gebiet mit Reisewarnung (rot): Treffen Sie sich an einem dritten Ort oder tauschen Sie sich aus der Ferne aus.',
  'errors.VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL':
    'Eine Reise in ein Gebiet, von dem außer aus zwingendem Grund abgeraten wird (orange), erfordert die ausdrückliche Zustimmung einer Mandatsträgerin oder eines Mandatsträgers mit Angabe dieses Grundes.',
  'errors.VISIT.NOT_YET_ENDED': 'Die Delegationsreise hat noch nicht stattgefunden.',
  'errors.VISIT.ALREADY_TAKEN_PLACE': 'Diese Delegationsreise hat bereits begonnen.',
  'errors.VISIT.CANCELLED': 'Diese Delegationsreise wurde abgesagt.',
  'errors.VISIT.APPROVAL_NOT_NEEDED':
    'Nur eine Reise in ein Gebiet, von dem außer aus zwingendem Grund abgeraten wird, braucht diese Zustimmung.',
  'errors.CONVENTION.ALREADY_EXISTS': 'Es ist bereits eine Vereinbarung in Arbeit.',
  'errors.CONVENTION.INVALID_TERMS': 'Die Klauseln der Vereinbarung sind unvollständig oder ungültig.',
  'errors.CONVENTION.INVALID_TRANSITION': 'Die Vereinbarung kann das in ihrem jetzigen Stand nicht.',
  'errors.CONVENTION.NOT_APPROVABLE':
    'Die Vereinbarung kann noch nicht genehmigt werden: Zuerst müssen alle ihre Beweggründe geteilt, die Vereinbarkeit geprüft und die Prioritäten festgelegt haben.',
  'errors.CONVENTION.VERSION_MISMATCH': 'Dies ist nicht die geltende Fassung des Vereinbarungsentwurfs.',
  'errors.CONVENTION.ALREADY_APPROVED': 'Diese Partei hat diese Fassung bereits genehmigt.',
  'errors.CONVENTION.NOT_SIGNABLE':
    'Die Vereinbarung kann erst unterzeichnet werden, wenn alle Parteien dieselbe Fassung genehmigt haben.',
  'errors.CONVENTION.SIGNATORY_MISSING': 'Jede Partei braucht eine unterzeichnende Person.',
  'errors.CONVENTION.SIGNED_BEFORE_APPROVAL':
    'Das Unterzeichnungsdatum darf nicht vor den Ratsbeschlüssen liegen.',
  'errors.CONVENTION.EFFECTIVE_BEFORE_SIGNATURE':
    'Die Vereinbarung kann nicht vor ihrer Unterzeichnung in Kraft treten.',
  'errors.CONVENTION.NOT_YET_EXPIRED': 'Die Vereinbarung ist noch nicht ausgelaufen.',
  'errors.CONVENTION.TACIT_RENEWAL_APPLIES':
    'Keine Partei hat widersprochen: Die Vereinbarung verlängert sich stillschweigend.',
  'errors.CONVENTION.TACIT_RENEWAL_NOT_PROVIDED':
    'Diese Vereinbarung sieht keine stillschweigende Verlängerung vor.',
  'errors.CONVENTION.RENEWAL_OBJECTED': 'Eine Partei hat der stillschweigenden Verlängerung widersprochen.',
  'errors.CONVENTION.RENEWAL_NEEDS_DECISION':
    'Eine ausdrückliche Verlängerung erfordert Beschlüsse der Räte.',
  'errors.CONVENTION.OBJECTION_TOO_LATE':
    'Die Frist für einen Widerspruch gegen die stillschweigende Verlängerung ist abgelaufen.',
  'errors.CONVENTION.SUSPENSION_NEEDS_REASON': 'Geben Sie den Grund für die Aussetzung der Vereinbarung an.',
  'errors.CONVENTION.TERMINATION_NEEDS_REASON': 'Geben Sie den Grund für die Kündigung der Vereinbarung an.',
  'errors.CONVENTION.TERMINATION_NEEDS_NOTICE':
    'Halten Sie die in der Vereinbarung vorgesehene Kündigungsfrist ein.',
  'errors.CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS': 'Entscheiden Sie über jede laufende Maßnahme.',
  'errors.CONVENTION.PRIORITY_ALREADY_AGREED': 'Ihre Kommune hat dieser Priorität bereits zugestimmt.',
  'errors.DIALOGUE.NO_PLAN': 'Es wurde noch kein Dialogplan vorgeschlagen.',
  'errors.DIALOGUE.DUPLICATE_AUDIENCE': 'Jede Zielgruppe erscheint nur einmal im Dialogplan.',
  'errors.DIALOGUE.INVALID_CADENCE':
    'Die Häufigkeit muss eine ganze Zahl von Tagen, Wochen oder Monaten sein.',
  'errors.DIALOGUE.INVALID_TOLERANCE': 'Die Toleranz muss eine ganze Zahl von Tagen sein.',
  'errors.DIALOGUE.CHANNEL_REQUIRED': 'Wählen Sie für jede Zielgruppe mindestens einen Kanal.',
  'errors.DIALOGUE.CHANNEL_NOT_USABLE': 'Dieser Kanal passt nicht zu den Bedingungen eines Partners.',
  'errors.DIALOGUE.PARTICIPANTS_MISSING': 'Jede Partei muss für jede Zielgruppe Teilnehmende benennen.',
  'errors.DIALOGUE.ALREADY_APPROVED': 'Diese Partei hat den Dialogplan bereits bestätigt.',
  'errors.DIALOGUE.EVENT_IN_FUTURE': 'Nur Austausche, die stattgefunden haben, können erfasst werden.',
  'errors.SIGNAL.NOT_OWN_SIDE': 'Eine Partnerkommune erfasst Warnsignale nur für ihre eigene Seite.',
  'errors.ACTION.THEME_REQUIRED': 'Wählen Sie mindestens ein Thema.',
  'errors.ACTION.LOCATION_REQUIRED': 'Geben Sie an, wo die Maßnahme stattfindet.',
  'errors.ACTION.INVALID_SDG': 'Die Ziele für nachhaltige Entwicklung sind von 1 bis 17 nummeriert.',
  'errors.ACTION.END_BEFORE_START': 'Eine Maßnahme kann nicht vor ihrem Beginn enden.',
  'errors.ACTION.INVALID_AMOUNT': 'Der Betrag muss eine positive Zahl sein.',
  'errors.ACTION.INVALID_CURRENCY': 'Die Währung muss ein dreistelliger ISO-Code sein.',
  'errors.ACTION.INVALID_TRANSITION': 'Die Maßnahme kann nicht in diesen Status wechseln.',
  'errors.ACTION.STATUS_BY_INITIATOR_ONLY':
    'Nur die Kommune, die diese Maßnahme gestartet hat, ändert ihren Status; Sie können sie aber jederzeit dokumentieren, messen und evaluieren.',
  'errors.ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE':
    'Wer diese Maßnahme vorgeschlagen hat, bestätigt die andere Partei, nicht die, die es angegeben hat.',
  'errors.ACTION.PROPOSER_UNCHANGED':
    'Diese Partei ist bereits als diejenige angegeben, die die Maßnahme vorgeschlagen hat; die andere Partei bestätigt es stattdessen.',
  'errors.ACTION.INDICATOR_ALREADY_VALIDATED': 'Diese Partei hat diesen Indikator bereits bestätigt.',
  'errors.ACTION.INDICATOR_NOT_CO_VALIDATED':
    'Alle Parteien müssen den Indikator vor jeder Messung bestätigen.',
  'errors.ACTION.EVALUATION_NOT_JOINT':
    'An einer gemeinsamen Evaluierung sind mindestens zwei Parteien beteiligt.',

  'errors.ACTION.MEASUREMENT_BEFORE_START': 'Eine Messung kann nicht vor dem Beginn der Maßnahme liegen.',
  'errors.ACTION.MEASUREMENT_WRONG_UNIT': 'Eine Messung wird in der Einheit ihres Indikators angegeben.',
  'errors.ACTION.MEASUREMENT_BREAKDOWN_MISMATCH':
    'Die Aufschlüsselung jeder Dimension muss in der Summe den gemessenen Wert ergeben.',
  'errors.ACTION.MEASUREMENT_UNKNOWN_CATEGORY':
    'Die Aufschlüsselung enthält nur die Kategorien des Indikators, jede einmal.',
  'errors.ACTION.INDICATOR_PERIODS_INVALID':
    'Die Zeiträume folgen aufeinander, ohne sich zu überschneiden, jeder mit einem Ende nach seinem Beginn und einem Zielwert.',
  'errors.ACTION.INDICATOR_DISAGGREGATION_INVALID':
    'Eine Aufschlüsselung hat höchstens drei Dimensionen, jede mit mindestens zwei verschiedenen Kategorien.',
  'errors.ODA.UNKNOWN_SECTOR':
    'Wählen Sie die Sektoren aus der Liste der DAC-Förderbereichsschlüssel (CRS-Codes).',
  'errors.ODA.SECTORS_NOT_100': 'Jeder Sektor erscheint einmal, und die Prozentsätze ergeben zusammen 100.',
  'errors.ODA.INVALID_MARKER': 'Eine Kennung hat den Wert 0, 1 oder 2.',
  'errors.ODA.INVALID_RATE': 'Geben Sie den Kurs in Einheiten der Währung je Euro an (1 für den Euro).',
  'errors.ODA.AMOUNT_WITHOUT_DATE':
    'Ein zugesagter oder ausgezahlter Betrag hat sein Datum und ein Datum seinen Betrag.',
  'errors.FUNDING.TRANSITION_NOT_ALLOWED':
    'Dieser Antrag kann diesen Schritt von seinem aktuellen Status aus nicht gehen.',
  'errors.FUNDING.NOT_A_DRAFT': 'Nur ein Antrag im Entwurf kann geändert werden.',
  'errors.FUNDING.INVALID_AMOUNT': 'Geben Sie einen positiven Betrag an (die Personalzeit darf null sein).',
  'errors.FUNDING.INVALID_DATE': 'Geben Sie ein Datum an (Tag, Monat, Jahr).',
  'errors.FUNDING.CALL_NOT_OPEN': 'Ein Antrag wird eingereicht, solange der Förderaufruf offen ist.',
  'errors.FUNDING.GRANT_ABOVE_REQUEST': 'Eine Förderung übersteigt nicht den beantragten Betrag.',
  'errors.FUNDING.DECISION_BEFORE_SUBMISSION':
    'Eine Entscheidung trägt das Datum der Einreichung oder ein späteres.',
  'errors.FUNDING.CALL_DATES': 'Ein Förderaufruf endet am Tag seiner Öffnung oder danach.',
  'errors.FUNDING.INVALID_RULE':
    'Jede Regel steht nur einmal; ein Anteil liegt zwischen 0 und 100 %, ein Betrag ist positiv.',
  'errors.FUNDING.NOT_GRANTED': 'Tranchen und Berichte gehören zu einem bewilligten Antrag.',
  'errors.FUNDING.TRANCHES_ABOVE_GRANT': 'Die Tranchen übersteigen zusammen nicht den bewilligten Betrag.',
  'errors.FUNDING.REPORT_ALREADY_SUBMITTED': 'Dieser Bericht wurde bereits versandt.',
  'health.METHOD_PROGRESS': 'Die Kriterien der erreichten Schritte sind erfüllt.',
  'health.DIALOGUE_REGULARITY':
    'Der Austausch findet für jede Zielgruppe in der vereinbarten Häufigkeit statt.',
  'health.VISIT_RECIPROCITY': 'Die Delegationsreisen gehen in beide Richtungen.',
  'health.ACTION_BALANCE':
    'Die Maßnahmen werden von jeder Partei vorgeschlagen und verteilen sich auf jedes Gebiet.',
  'health.INDICATORS_CO_VALIDATED': 'Die Indikatoren sind von allen Parteien bestätigt.',
  'health.CONVENTION_IN_FORCE': 'Eine Partnerschaftsvereinbarung ist in Kraft.',
  'health.RELATION_STABILITY':
    'Kein Warnsignal für eine Beendigung lastet auf der Beziehung (zählt nur, wenn es welche gibt; jedes zieht 40 % ab).',
} as const satisfies Messages;
