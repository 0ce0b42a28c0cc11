import { mount } from 'svelte';
import './styles/app.css';
import App from './App.svelte';
import { api } from '$lib/api';
import { flushAll } from '$lib/flush';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');

// Closing the window first saves what is still being typed (notes, reflections).
void api.onCloseRequested(flushAll);

export default mount(App, { target });
