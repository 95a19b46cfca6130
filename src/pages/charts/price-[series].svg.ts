/**
 * The shared background of the price-vs-benchmark chart (/charts/price-<series>.svg): axes and every
 * plotted model as a faint dot, written once. Pair pages draw it with <use href="…#bg"> and add only
 * their two marked models. Only the default series gets a file: it is the one pair pages show.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/data/load';
import { priceChart } from '../../lib/pages/price-chart';
import { chartBackgroundFile } from '../../lib/pages/price-chart-svg';

export function getStaticPaths() {
  const chart = priceChart(getCatalog());
  return chart ? [{ params: { series: chart.slug } }] : [];
}

export const GET: APIRoute = () => {
  const chart = priceChart(getCatalog())!;
  return new Response(chartBackgroundFile(chart), { headers: { 'Content-Type': 'image/svg+xml' } });
};
