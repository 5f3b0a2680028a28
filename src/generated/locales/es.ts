
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'charter.browserSettings': `También puede bloquear o eliminar las cookies en la configuración de su navegador.`,
'charter.colDuration': `Plazo de conservación`,
'charter.colName': `Nombre de la cookie`,
'charter.colProvider': `Proveedor`,
'charter.colPurpose': `Finalidades`,
'charter.colService': `Servicio y ubicación`,
'charter.currentChoice': `Su elección actual:`,
'charter.definition': `Una «cookie» es un conjunto de datos, generalmente de pequeño tamaño e identificado por un nombre, que un sitio web que usted visita puede enviar a su navegador. Su navegador lo conserva durante un tiempo determinado y lo devuelve al servidor web cada vez que usted vuelve a conectarse a él. Las cookies tienen múltiples usos: pueden servir para recordar su identificador de cliente en una tienda en línea, el contenido actual de su cesta de la compra o un identificador que permite rastrear su navegación con fines estadísticos o publicitarios, entre otros.`,
'charter.definitionHeading': `¿Qué es una cookie?`,
'charter.faulty': `La configuración de esta política contiene errores: solo se muestran sus partes válidas.`,
'charter.intro': `Para ofrecerle el mejor servicio posible, utilizamos cookies que garantizan su buen funcionamiento.`,
'charter.manageButton': `Modificar mis preferencias`,
'charter.manageHeading': `Gestionar sus preferencias`,
'charter.manageStatic': `Puede modificar sus preferencias en cualquier momento desde el banner o el enlace de gestión de cookies de este sitio.`,
'charter.noChoice': `Todavía no ha tomado ninguna decisión: solo se utilizan las cookies que no requieren su consentimiento.`,
'charter.noCookies': `No se ha declarado ninguna cookie para este sitio.`,
'charter.revision': str`Versión ${0} de esta política.`,
'charter.revisionUpdated': str`Versión ${0} de esta política, actualizada el ${1}.`,
'charter.stateGranted': `Aceptadas`,
'charter.stateRefused': `Rechazadas`,
'charter.stateRequired': `Siempre activas`,
'charter.stateSeparator': `: `,
'charter.title': `Política de cookies`,
'charter.typesIntro': `Existen varios tipos de cookies:`,
'charter.usesHeading': `Uso de las cookies en la plataforma`,
'charter.usesHeadingNoSite': `Uso de las cookies en este sitio`,
'consent.acceptAll': `Aceptar todo`,
'consent.alwaysOn': `Siempre activo`,
'consent.bannerText': `Las cookies necesarias para el funcionamiento del sitio no requieren su consentimiento. Con su consentimiento, utilizamos también otras, descritas en «Personalizar». Puede cambiar de opinión en cualquier momento.`,
'consent.bannerTitle': str`Cookies en ${0}`,
'consent.bannerTitleNoSite': `Cookies en este sitio`,
'consent.close': `Cerrar`,
'consent.continueWithout': `Continuar sin aceptar`,
'consent.customize': `Personalizar`,
'consent.dialogIntro': `Elija, categoría por categoría, las cookies que acepta. Sin su consentimiento, solo se utilizan las cookies necesarias. Puede cambiar de opinión en cualquier momento.`,
'consent.dialogTitle': `Sus preferencias sobre las cookies`,
'consent.gpcApplied': `Su navegador pide no ser rastreado: se rechazan las cookies que no son necesarias.`,
'consent.gpcDismiss': `Cerrar este mensaje`,
'consent.gpcNotice': `Su navegador envía la señal «Global Privacy Control»: la hemos respetado rechazando las cookies que no son necesarias. Puede cambiar de opinión en cualquier momento.`,
'consent.gpcTitle': `Señal de privacidad respetada`,
'consent.manage': `Gestionar las cookies`,
'consent.off': `Rechazadas`,
'consent.on': `Aceptadas`,
'consent.policyLink': `Leer la política de cookies`,
'consent.rejectAll': `Rechazar todo`,
'consent.required': `Siempre activas: estas cookies no requieren su consentimiento.`,
'consent.save': `Guardar mis preferencias`,
'consent.saved': `Se han guardado sus preferencias sobre las cookies.`,
'gating.placeholderButton': str`Aceptar «${0}» y mostrar el contenido`,
'gating.placeholderCategory': str`Este contenido está oculto porque requiere su consentimiento para la categoría «${0}».`,
'gating.placeholderService': str`Este contenido de ${0} está oculto porque requiere su consentimiento para la categoría «${1}».`,
    };
  