import { render } from 'preact';
render(<p>Reading Context</p>, document.getElementById('app')!);
