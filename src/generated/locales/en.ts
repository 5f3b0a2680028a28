
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'charter.browserSettings': `You can also block or delete cookies in your browser settings.`,
'charter.colDuration': `Retention period`,
'charter.colName': `Cookie name`,
'charter.colProvider': `Provider`,
'charter.colPurpose': `Purposes`,
'charter.colService': `Service and location`,
'charter.currentChoice': `Your current choice:`,
'charter.definition': `A “cookie” is a piece of information, usually small and identified by a name, that a website you visit can send to your browser. Your browser keeps it for a certain time and sends it back to the web server every time you return to the site. Cookies have many uses: they can remember your customer account on an online shop, what is currently in your shopping basket, or an identifier that tracks your browsing for statistics or advertising, among other things.`,
'charter.definitionHeading': `What is a cookie?`,
'charter.faulty': `The configuration of this policy has errors: only its valid parts are shown.`,
'charter.intro': `To give you the best possible service, we use cookies to keep the site running smoothly.`,
'charter.manageButton': `Change my choices`,
'charter.manageHeading': `Managing your choices`,
'charter.manageStatic': `You can change your choices at any time from this site’s cookie banner or its cookie settings link.`,
'charter.noChoice': `You have not made a choice yet: only cookies that do not need your consent are used.`,
'charter.noCookies': `No cookies are declared for this site.`,
'charter.revision': str`Version ${0} of this policy.`,
'charter.revisionUpdated': str`Version ${0} of this policy, last updated on ${1}.`,
'charter.stateGranted': `Accepted`,
'charter.stateRefused': `Refused`,
'charter.stateRequired': `Always on`,
'charter.stateSeparator': `: `,
'charter.title': `Cookie policy`,
'charter.typesIntro': `There are several types of cookies:`,
'charter.usesHeading': `What are cookies used for on`,
'charter.usesHeadingNoSite': `What are cookies used for on this site?`,
'consent.acceptAll': `Accept all`,
'consent.alwaysOn': `Always active`,
'consent.bannerText': `Cookies the site needs to work do not require your consent. With your consent, we also use others, described under “Customise”. You can change your mind at any time.`,
'consent.bannerTitle': str`Cookies on ${0}`,
'consent.bannerTitleNoSite': `Cookies on this site`,
'consent.close': `Close`,
'consent.continueWithout': `Continue without accepting`,
'consent.customize': `Customise`,
'consent.dialogIntro': `Choose, category by category, which cookies you accept. Without your consent, only necessary cookies are used. You can change your mind at any time.`,
'consent.dialogTitle': `Your cookie preferences`,
'consent.gpcApplied': `Your browser asks not to be tracked: cookies that are not necessary are refused.`,
'consent.gpcDismiss': `Close this message`,
'consent.gpcNotice': `Your browser sends the “Global Privacy Control” signal: we have honoured it by refusing the cookies that are not necessary. You can change your mind at any time.`,
'consent.gpcTitle': `Privacy signal honoured`,
'consent.manage': `Manage cookies`,
'consent.off': `Refused`,
'consent.on': `Accepted`,
'consent.policyLink': `Read the cookie policy`,
'consent.rejectAll': `Reject all`,
'consent.required': `Always on: these cookies do not require your consent.`,
'consent.save': `Save my choices`,
'consent.saved': `Your cookie choices have been saved.`,
'gating.placeholderButton': str`Accept “${0}” and show the content`,
'gating.placeholderCategory': str`This content is hidden because it needs your consent to the “${0}” category.`,
'gating.placeholderService': str`This ${0} content is hidden because it needs your consent to the “${1}” category.`,
    };
  