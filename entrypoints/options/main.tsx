import { renderPage } from '@/components/page-root';
import { Options } from './options';

renderPage(document.getElementById('root')!, <Options />);
