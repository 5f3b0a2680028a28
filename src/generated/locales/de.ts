
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'charter.browserSettings': `Sie können Cookies auch in den Einstellungen Ihres Browsers blockieren oder löschen.`,
'charter.colDuration': `Speicherdauer`,
'charter.colName': `Name des Cookies`,
'charter.colProvider': `Anbieter`,
'charter.colPurpose': `Zwecke`,
'charter.colService': `Dienst und Einsatzort`,
'charter.currentChoice': `Ihre aktuelle Auswahl:`,
'charter.definition': `Ein „Cookie“ ist ein meist kleiner, durch einen Namen gekennzeichneter Datensatz, den eine von Ihnen besuchte Website an Ihren Browser übermitteln kann. Ihr Browser speichert ihn für eine bestimmte Dauer und sendet ihn bei jedem weiteren Besuch an den Webserver zurück. Cookies haben viele Verwendungszwecke: Sie können zum Beispiel Ihre Anmeldung bei einem Onlineshop, den aktuellen Inhalt Ihres Warenkorbs oder eine Kennung speichern, mit der Ihr Surfverhalten zu Statistik- oder Werbezwecken verfolgt wird.`,
'charter.definitionHeading': `Was ist ein Cookie?`,
'charter.faulty': `Die Konfiguration dieser Cookie-Richtlinie enthält Fehler: Es werden nur ihre gültigen Teile angezeigt.`,
'charter.intro': `Um Ihnen den bestmöglichen Service zu bieten, verwenden wir Cookies, die für einen reibungslosen Betrieb sorgen.`,
'charter.manageButton': `Meine Auswahl ändern`,
'charter.manageHeading': `Ihre Auswahl verwalten`,
'charter.manageStatic': `Sie können Ihre Auswahl jederzeit über das Cookie-Banner oder den Link zu den Cookie-Einstellungen dieser Website ändern.`,
'charter.noChoice': `Sie haben noch keine Auswahl getroffen: Es werden nur Cookies verwendet, für die keine Einwilligung erforderlich ist.`,
'charter.noCookies': `Für diese Website sind keine Cookies angegeben.`,
'charter.revision': str`Version ${0} dieser Cookie-Richtlinie.`,
'charter.revisionUpdated': str`Version ${0} dieser Cookie-Richtlinie, aktualisiert am ${1}.`,
'charter.stateGranted': `Akzeptiert`,
'charter.stateRefused': `Abgelehnt`,
'charter.stateRequired': `Immer aktiv`,
'charter.stateSeparator': `: `,
'charter.title': `Cookie-Richtlinie`,
'charter.typesIntro': `Es gibt verschiedene Arten von Cookies:`,
'charter.usesHeading': `Wozu dienen die Cookies auf der Plattform`,
'charter.usesHeadingNoSite': `Wozu dienen die Cookies auf dieser Website?`,
'consent.acceptAll': `Alle akzeptieren`,
'consent.alwaysOn': `Immer aktiv`,
'consent.bannerText': `Für Cookies, die für den Betrieb der Website notwendig sind, ist Ihre Einwilligung nicht erforderlich. Mit Ihrer Einwilligung verwenden wir weitere Cookies, die unter „Anpassen“ beschrieben sind. Sie können Ihre Auswahl jederzeit ändern.`,
'consent.bannerTitle': str`Cookies auf ${0}`,
'consent.bannerTitleNoSite': `Cookies auf dieser Website`,
'consent.close': `Schließen`,
'consent.continueWithout': `Ohne Einwilligung fortfahren`,
'consent.customize': `Anpassen`,
'consent.dialogIntro': `Wählen Sie für jede Kategorie, welche Cookies Sie akzeptieren. Ohne Ihre Einwilligung werden nur notwendige Cookies verwendet. Sie können Ihre Auswahl jederzeit ändern.`,
'consent.dialogTitle': `Ihre Cookie-Einstellungen`,
'consent.gpcApplied': `Ihr Browser bittet darum, nicht verfolgt zu werden: Die nicht notwendigen Cookies werden abgelehnt.`,
'consent.gpcDismiss': `Diese Meldung schließen`,
'consent.gpcNotice': `Ihr Browser sendet das Signal „Global Privacy Control“: Wir haben es berücksichtigt und die nicht notwendigen Cookies abgelehnt. Sie können Ihre Auswahl jederzeit ändern.`,
'consent.gpcTitle': `Datenschutzsignal berücksichtigt`,
'consent.manage': `Cookies verwalten`,
'consent.off': `Abgelehnt`,
'consent.on': `Akzeptiert`,
'consent.policyLink': `Cookie-Richtlinie lesen`,
'consent.rejectAll': `Alle ablehnen`,
'consent.required': `Immer aktiv: Für diese Cookies ist Ihre Einwilligung nicht erforderlich.`,
'consent.save': `Auswahl speichern`,
'consent.saved': `Ihre Cookie-Auswahl wurde gespeichert.`,
'gating.placeholderButton': str`„${0}“ akzeptieren und Inhalt anzeigen`,
'gating.placeholderCategory': str`Dieser Inhalt ist ausgeblendet, da er Ihre Einwilligung für die Kategorie „${0}“ erfordert.`,
'gating.placeholderService': str`Dieser Inhalt von ${0} ist ausgeblendet, da er Ihre Einwilligung für die Kategorie „${1}“ erfordert.`,
    };
  