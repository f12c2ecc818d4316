// The one sentence the page says before the app has loaded (src/app/main.tsx): kept apart from
// the catalogues so the entry stays light (it loads before React and the app's words).
import type { Lang } from './lang';

export const START_FAILED: Record<Lang, string> = {
  ru: 'Приложение не загрузилось. Проверьте соединение и обновите страницу.',
  en: 'The app did not load. Check the connection and reload the page.',
};
