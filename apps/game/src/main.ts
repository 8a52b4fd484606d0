/** The page's entry: reads the URL and renders. */
import { parseParams } from './params';
import { renderErrors, renderPreview } from './preview';
import './style.css';

const root = document.getElementById('app');
if (root) {
  const request = parseParams(window.location.search);
  if ('errors' in request) renderErrors(root, request.errors);
  else renderPreview(root, request);
  root.dataset.ready = 'true';
}
