
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'charter.browserSettings': `U kunt cookies ook blokkeren of verwijderen in de instellingen van uw browser.`,
'charter.colDuration': `Bewaartermijn`,
'charter.colName': `Naam van de cookie`,
'charter.colProvider': `Aanbieder`,
'charter.colPurpose': `Doeleinden`,
'charter.colService': `Dienst en locatie`,
'charter.currentChoice': `Uw huidige keuze:`,
'charter.definition': `Een ‘cookie’ is een stukje informatie, meestal klein en herkenbaar aan een naam, dat een website die u bezoekt naar uw browser kan sturen. Uw browser bewaart het een bepaalde tijd en stuurt het elke keer dat u de website opnieuw bezoekt terug naar de webserver. Cookies hebben veel toepassingen: ze kunnen bijvoorbeeld uw klantnummer bij een webwinkel onthouden, de huidige inhoud van uw winkelwagen of een identificatiecode waarmee uw surfgedrag wordt gevolgd voor statistiek of reclame.`,
'charter.definitionHeading': `Wat is een cookie?`,
'charter.faulty': `De configuratie van deze cookieverklaring bevat fouten: alleen de geldige onderdelen worden getoond.`,
'charter.intro': `Om u de best mogelijke dienstverlening te bieden, gebruiken we cookies die ervoor zorgen dat alles goed werkt.`,
'charter.manageButton': `Mijn keuzes wijzigen`,
'charter.manageHeading': `Uw keuzes beheren`,
'charter.manageStatic': `U kunt uw keuzes op elk moment wijzigen via de cookiebanner of de link voor cookie-instellingen van deze website.`,
'charter.noChoice': `U hebt nog geen keuze gemaakt: alleen cookies waarvoor geen toestemming nodig is, worden gebruikt.`,
'charter.noCookies': `Voor deze website zijn geen cookies opgegeven.`,
'charter.revision': str`Versie ${0} van deze cookieverklaring.`,
'charter.revisionUpdated': str`Versie ${0} van deze cookieverklaring, bijgewerkt op ${1}.`,
'charter.stateGranted': `Geaccepteerd`,
'charter.stateRefused': `Geweigerd`,
'charter.stateRequired': `Altijd actief`,
'charter.stateSeparator': `: `,
'charter.title': `Cookieverklaring`,
'charter.typesIntro': `Er zijn verschillende soorten cookies:`,
'charter.usesHeading': `Waarvoor dienen cookies op het platform`,
'charter.usesHeadingNoSite': `Waarvoor dienen cookies op deze website?`,
'consent.acceptAll': `Alles accepteren`,
'consent.alwaysOn': `Altijd actief`,
'consent.bannerText': `Voor cookies die nodig zijn om de website te laten werken, is uw toestemming niet vereist. Met uw toestemming gebruiken we ook andere cookies, beschreven onder ‘Aanpassen’. U kunt uw keuze op elk moment wijzigen.`,
'consent.bannerTitle': str`Cookies op ${0}`,
'consent.bannerTitleNoSite': `Cookies op deze website`,
'consent.close': `Sluiten`,
'consent.continueWithout': `Doorgaan zonder te accepteren`,
'consent.customize': `Aanpassen`,
'consent.dialogIntro': `Kies per categorie welke cookies u accepteert. Zonder uw toestemming worden alleen noodzakelijke cookies gebruikt. U kunt uw keuze op elk moment wijzigen.`,
'consent.dialogTitle': `Uw cookievoorkeuren`,
'consent.gpcApplied': `Uw browser vraagt om niet gevolgd te worden: de cookies die niet nodig zijn, worden geweigerd.`,
'consent.gpcDismiss': `Dit bericht sluiten`,
'consent.gpcNotice': `Uw browser verstuurt het signaal ‘Global Privacy Control’: we hebben dat gerespecteerd en de cookies die niet nodig zijn geweigerd. U kunt uw keuze op elk moment wijzigen.`,
'consent.gpcTitle': `Privacysignaal gerespecteerd`,
'consent.manage': `Cookies beheren`,
'consent.off': `Geweigerd`,
'consent.on': `Geaccepteerd`,
'consent.policyLink': `Lees de cookieverklaring`,
'consent.rejectAll': `Alles weigeren`,
'consent.required': `Altijd actief: voor deze cookies is uw toestemming niet nodig.`,
'consent.save': `Mijn keuzes opslaan`,
'consent.saved': `Uw cookievoorkeuren zijn opgeslagen.`,
'gating.placeholderButton': str`‘${0}’ accepteren en de inhoud tonen`,
'gating.placeholderCategory': str`Deze inhoud is verborgen, omdat hiervoor uw toestemming voor de categorie ‘${0}’ nodig is.`,
'gating.placeholderService': str`Deze inhoud van ${0} is verborgen, omdat hiervoor uw toestemming voor de categorie ‘${1}’ nodig is.`,
    };
  