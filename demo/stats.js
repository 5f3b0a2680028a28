// Stands for an audience-measurement tag: it runs only once "statistics" is granted.
const state = document.getElementById('stats-state');
if (state)
  state.textContent =
    document.documentElement.lang === 'en'
      ? 'Statistics script: running (you consented).'
      : 'Script de statistiques : exécuté (vous avez donné votre accord).';
