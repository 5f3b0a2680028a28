
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'charter.browserSettings': `Può anche bloccare o eliminare i cookie nelle impostazioni del suo browser.`,
'charter.colDuration': `Durata di conservazione`,
'charter.colName': `Nome del cookie`,
'charter.colProvider': `Fornitore`,
'charter.colPurpose': `Finalità`,
'charter.colService': `Servizio e ambito`,
'charter.currentChoice': `La sua scelta attuale:`,
'charter.definition': `Un «cookie» è un insieme di informazioni, in genere di piccole dimensioni e identificato da un nome, che un sito web da lei visitato può trasmettere al suo browser. Il suo browser lo conserva per un certo periodo e lo rinvia al server web ogni volta che lei si ricollega al sito. I cookie hanno molteplici usi: possono servire a memorizzare il suo identificativo di cliente presso un negozio online, il contenuto attuale del suo carrello o un identificativo che consente di tracciare la sua navigazione per finalità statistiche o pubblicitarie, ecc.`,
'charter.definitionHeading': `Che cos’è un cookie?`,
'charter.faulty': `La configurazione di questa informativa contiene errori: sono mostrate solo le parti valide.`,
'charter.intro': `Per offrirle il miglior servizio possibile utilizziamo cookie che ne assicurano il corretto funzionamento.`,
'charter.manageButton': `Modifica le scelte`,
'charter.manageHeading': `Gestione delle scelte`,
'charter.manageStatic': `Può modificare le sue scelte in qualsiasi momento dal banner o dal link di gestione dei cookie di questo sito.`,
'charter.noChoice': `Non ha ancora effettuato alcuna scelta: vengono utilizzati solo i cookie che non richiedono il suo consenso.`,
'charter.noCookies': `Per questo sito non è dichiarato alcun cookie.`,
'charter.revision': str`Versione ${0} di questa informativa.`,
'charter.revisionUpdated': str`Versione ${0} di questa informativa, aggiornata il ${1}.`,
'charter.stateGranted': `Accettati`,
'charter.stateRefused': `Rifiutati`,
'charter.stateRequired': `Sempre attivi`,
'charter.stateSeparator': `: `,
'charter.title': `Informativa sui cookie`,
'charter.typesIntro': `Esistono diversi tipi di cookie:`,
'charter.usesHeading': `A cosa servono i cookie sulla piattaforma`,
'charter.usesHeadingNoSite': `A cosa servono i cookie su questo sito?`,
'consent.acceptAll': `Accetta tutto`,
'consent.alwaysOn': `Sempre attivo`,
'consent.bannerText': `I cookie necessari al funzionamento del sito non richiedono il suo consenso. Con il suo consenso ne utilizziamo anche altri, descritti in «Personalizza». Può cambiare idea in qualsiasi momento.`,
'consent.bannerTitle': str`I cookie su ${0}`,
'consent.bannerTitleNoSite': `I cookie su questo sito`,
'consent.close': `Chiudi`,
'consent.continueWithout': `Continua senza accettare`,
'consent.customize': `Personalizza`,
'consent.dialogIntro': `Scelga, categoria per categoria, i cookie che accetta. Senza il suo consenso vengono utilizzati solo i cookie necessari. Potrà cambiare idea in qualsiasi momento.`,
'consent.dialogTitle': `Preferenze sui cookie`,
'consent.gpcApplied': `Il suo browser chiede di non essere tracciato: i cookie non necessari sono rifiutati.`,
'consent.gpcDismiss': `Chiudi questo messaggio`,
'consent.gpcNotice': `Il suo browser invia il segnale «Global Privacy Control»: lo abbiamo rispettato rifiutando i cookie non necessari. Può cambiare idea in qualsiasi momento.`,
'consent.gpcTitle': `Segnale di privacy rispettato`,
'consent.manage': `Gestisci i cookie`,
'consent.off': `Rifiutati`,
'consent.on': `Accettati`,
'consent.policyLink': `Leggi l’informativa sui cookie`,
'consent.rejectAll': `Rifiuta tutto`,
'consent.required': `Sempre attivi: questi cookie non richiedono il suo consenso.`,
'consent.save': `Salva le scelte`,
'consent.saved': `Le sue scelte sui cookie sono state salvate.`,
'gating.placeholderButton': str`Accetta «${0}» e mostra il contenuto`,
'gating.placeholderCategory': str`Questo contenuto è nascosto perché richiede il suo consenso per la categoria «${0}».`,
'gating.placeholderService': str`Questo contenuto di ${0} è nascosto perché richiede il suo consenso per la categoria «${1}».`,
    };
  