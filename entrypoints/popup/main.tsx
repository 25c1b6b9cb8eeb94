import { renderPage } from '@/components/page-root';
import { Popup } from './popup';

renderPage(document.getElementById('root')!, <Popup />);
