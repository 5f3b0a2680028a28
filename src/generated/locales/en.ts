
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'consent.acceptAll': `Accept all`,
'consent.bannerText': `We use cookies that the site needs to work, which do not require your consent. With your consent, we also use other cookies, described category by category under “Customise”. You can change your mind at any time.`,
'consent.bannerTitle': str`Cookies on ${0}`,
'consent.bannerTitleNoSite': `Cookies on this site`,
'consent.close': `Close`,
'consent.continueWithout': `Continue without accepting`,
'consent.customize': `Customise`,
'consent.dialogIntro': `Choose, category by category, which cookies you accept. Without your consent, only necessary cookies are used. You can change your mind at any time.`,
'consent.dialogTitle': `Your cookie preferences`,
'consent.gpcDismiss': `Close this message`,
'consent.gpcNotice': `Your browser sends the “Global Privacy Control” signal: we have honoured it by refusing the cookies that are not necessary. You can change your mind at any time.`,
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
  