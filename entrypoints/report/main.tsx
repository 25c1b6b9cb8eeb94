import { renderPage } from '@/components/page-root';
import { Report } from './report';

renderPage(document.getElementById('root')!, <Report />);
