/** Benchmark catalogue and name mapping for every source (pure, hand-maintained). */

export type Unit = 'percent' | 'elo' | 'index';
export type Category =
  | 'reasoning' | 'knowledge' | 'coding' | 'math' | 'agents' | 'vision'
  | 'instruction-following' | 'long-context' | 'general';

export interface BenchmarkDef {
  name: string;
  description: string;
  url: string;
  unit: Unit;
  category: Category;
  materiality?: number;
  min?: number;
  max?: number;
  /** false for error rates, where a lower score is better */
  higher_is_better?: boolean;
}

export const BENCHMARKS: Record<string, BenchmarkDef> = {
  'gpqa-diamond': { name: 'GPQA Diamond', description: '198 graduate-level biology, physics and chemistry multiple-choice questions written to be "Google-proof".', url: 'https://arxiv.org/abs/2311.12022', unit: 'percent', category: 'reasoning' },
  mmlu: { name: 'MMLU', description: 'Multiple-choice questions across 57 subjects, from elementary maths to law and medicine.', url: 'https://arxiv.org/abs/2009.03300', unit: 'percent', category: 'knowledge' },
  'mmlu-pro': { name: 'MMLU-Pro', description: 'Harder, reasoning-focused successor to MMLU with ten answer options per question.', url: 'https://arxiv.org/abs/2406.01574', unit: 'percent', category: 'knowledge' },
  'mmlu-redux': { name: 'MMLU-Redux', description: 'Re-annotated subset of MMLU with erroneous questions corrected.', url: 'https://arxiv.org/abs/2406.04127', unit: 'percent', category: 'knowledge' },
  'swe-bench-verified': { name: 'SWE-bench Verified', description: '500 human-validated GitHub issues from Python repositories; the model must produce a patch that passes the tests.', url: 'https://openai.com/index/introducing-swe-bench-verified/', unit: 'percent', category: 'coding' },
  'mmlu-redux-2': { name: 'MMLU-Redux 2.0', description: 'Second release of MMLU-Redux: re-annotated questions from all 57 MMLU subjects.', url: 'https://huggingface.co/datasets/edinburgh-dawg/mmlu-redux-2.0', unit: 'percent', category: 'knowledge' },
  'swe-bench-multilingual': { name: 'SWE-bench Multilingual', description: 'SWE-bench-style GitHub issues in nine programming languages other than Python.', url: 'https://www.swebench.com/multilingual.html', unit: 'percent', category: 'coding' },
  'swe-bench-pro-hard-aa': { name: 'SWE-Bench Pro (Artificial Analysis hard subset)', description: "The subset of SWE-Bench Pro tasks that Artificial Analysis runs in its coding-agent evaluations; not comparable with scores on the full public set.", url: 'https://artificialanalysis.ai/agents/coding-agents', unit: 'percent', category: 'coding' },
  'swe-bench-pro': { name: 'SWE-Bench Pro', description: 'Long-horizon software-engineering tasks from public and commercial repositories, by Scale AI.', url: 'https://labs.scale.com/leaderboard/swe_bench_pro_public', unit: 'percent', category: 'coding' },
  'aider-polyglot': { name: 'Aider Polyglot', description: '225 hard Exercism coding exercises in C++, Go, Java, JavaScript, Python and Rust, edited through the Aider tool.', url: 'https://aider.chat/docs/leaderboards/', unit: 'percent', category: 'coding' },
  livecodebench: { name: 'LiveCodeBench (release not stated)', description: 'Competitive-programming problems collected continuously after model cut-offs; the source does not name the release (v5, v6), only at most a problem window.', url: 'https://livecodebench.github.io', unit: 'percent', category: 'coding' },
  'livecodebench-v5': { name: 'LiveCodeBench v5', description: 'Release v5 of LiveCodeBench: competitive-programming problems published from August 2024 to February 2025.', url: 'https://livecodebench.github.io', unit: 'percent', category: 'coding' },
  'livecodebench-v6': { name: 'LiveCodeBench v6', description: 'Release v6 of LiveCodeBench: competitive-programming problems published from August 2024 to May 2025.', url: 'https://livecodebench.github.io', unit: 'percent', category: 'coding' },
  humaneval: { name: 'HumanEval', description: '164 hand-written Python programming problems checked by unit tests (pass@1).', url: 'https://arxiv.org/abs/2107.03374', unit: 'percent', category: 'coding' },
  scicode: { name: 'SciCode', description: 'Research-level scientific coding problems drawn from natural-science papers.', url: 'https://scicode-bench.github.io', unit: 'percent', category: 'coding' },
  'terminal-bench-1': { name: 'Terminal-Bench 1.0', description: 'First release of Terminal-Bench: agentic tasks completed in a real terminal environment (variants: agent harness).', url: 'https://www.tbench.ai', unit: 'percent', category: 'agents' },
  'terminal-bench-2': { name: 'Terminal-Bench 2.0', description: 'Terminal-Bench 2.0: 89 harder, re-verified terminal tasks; not comparable with 1.0 (variants: agent harness).', url: 'https://www.tbench.ai/leaderboard/terminal-bench/2.0', unit: 'percent', category: 'agents' },
  'terminal-bench-2-1': { name: 'Terminal-Bench 2.1', description: 'Terminal-Bench 2.1, a later revision of the 2.0 task set; not comparable with 1.0 or 2.0 (variants: agent harness).', url: 'https://www.tbench.ai', unit: 'percent', category: 'agents' },
  'terminal-bench-hard': { name: 'Terminal-Bench Hard', description: "Artificial Analysis's subset of the hardest Terminal-Bench tasks, run with its own agent harness.", url: 'https://artificialanalysis.ai/evaluations/terminalbench-hard', unit: 'percent', category: 'agents' },
  'aime-2025': { name: 'AIME 2025', description: 'The 30 problems of the 2025 American Invitational Mathematics Examination.', url: 'https://artofproblemsolving.com/wiki/index.php/2025_AIME_I', unit: 'percent', category: 'math' },
  'aime-2024': { name: 'AIME 2024', description: 'The 30 problems of the 2024 American Invitational Mathematics Examination.', url: 'https://artofproblemsolving.com/wiki/index.php/2024_AIME_I', unit: 'percent', category: 'math' },
  'otis-mock-aime': { name: 'OTIS Mock AIME 2024-2025', description: 'AIME-style competition problems from the OTIS mock exams, run by Epoch AI.', url: 'https://epoch.ai/benchmarks/otis-mock-aime', unit: 'percent', category: 'math' },
  math: { name: 'MATH', description: '12,500 competition mathematics problems across five difficulty levels.', url: 'https://arxiv.org/abs/2103.03874', unit: 'percent', category: 'math' },
  'math-500': { name: 'MATH-500', description: '500-problem representative subset of the MATH benchmark.', url: 'https://github.com/openai/prm800k', unit: 'percent', category: 'math' },
  'math-level-5': { name: 'MATH Level 5', description: 'The hardest (level 5) problems of the MATH benchmark, run by Epoch AI.', url: 'https://epoch.ai/benchmarks/math-level-5', unit: 'percent', category: 'math' },
  frontiermath: { name: 'FrontierMath', description: 'Unpublished research-level mathematics problems (tiers 1-3), run by Epoch AI.', url: 'https://epoch.ai/frontiermath', unit: 'percent', category: 'math' },
  gsm8k: { name: 'GSM8K', description: 'Grade-school maths word problems requiring multi-step arithmetic.', url: 'https://arxiv.org/abs/2110.14168', unit: 'percent', category: 'math' },
  hle: { name: "Humanity's Last Exam", description: 'Expert-written, closed-ended questions across many academic subjects at the frontier of human knowledge.', url: 'https://lastexam.ai', unit: 'percent', category: 'knowledge' },
  ifeval: { name: 'IFEval', description: 'Verifiable instruction-following prompts ("write at least 300 words", "no commas").', url: 'https://arxiv.org/abs/2311.07911', unit: 'percent', category: 'instruction-following' },
  'arc-agi': { name: 'ARC-AGI-1', description: 'Abstraction and Reasoning Corpus: novel grid puzzles that test skill acquisition.', url: 'https://arcprize.org/arc-agi', unit: 'percent', category: 'reasoning' },
  'arc-agi-2': { name: 'ARC-AGI-2', description: 'Harder second version of the ARC abstraction-and-reasoning grid puzzles.', url: 'https://arcprize.org/arc-agi/2/', unit: 'percent', category: 'reasoning' },
  'arena-hard-v2': { name: 'Arena-Hard v2', description: 'Second version of Arena-Hard-Auto: new, harder prompts and newer judge models; not comparable with v1 win rates.', url: 'https://github.com/lmarena/arena-hard-auto', unit: 'percent', category: 'general' },
  'arena-hard': { name: 'Arena-Hard', description: 'Challenging user prompts from Chatbot Arena judged against a baseline by an LLM judge.', url: 'https://github.com/lmarena/arena-hard-auto', unit: 'percent', category: 'general' },
  mmmu: { name: 'MMMU', description: 'College-level multimodal questions with images across 30 subjects.', url: 'https://mmmu-benchmark.github.io', unit: 'percent', category: 'vision' },
  simpleqa: { name: 'SimpleQA', description: 'Short fact-seeking questions measuring factual accuracy (OpenAI).', url: 'https://openai.com/index/introducing-simpleqa/', unit: 'percent', category: 'knowledge' },
  'simpleqa-verified': { name: 'SimpleQA Verified', description: 'Cleaned 1,000-question version of SimpleQA, run by Epoch AI.', url: 'https://epoch.ai/benchmarks/simpleqa-verified', unit: 'percent', category: 'knowledge' },
  browsecomp: { name: 'BrowseComp', description: 'Hard-to-find facts that require persistent web browsing by an agent.', url: 'https://openai.com/index/browsecomp/', unit: 'percent', category: 'agents' },
  'tau-bench-retail': { name: 'τ-bench Retail', description: 'Tool-using customer-service agent tasks in a simulated retail domain.', url: 'https://github.com/sierra-research/tau-bench', unit: 'percent', category: 'agents' },
  'tau-bench-airline': { name: 'τ-bench Airline', description: 'Tool-using customer-service agent tasks in a simulated airline domain.', url: 'https://github.com/sierra-research/tau-bench', unit: 'percent', category: 'agents' },
  'tau2-airline': { name: 'τ²-bench Airline', description: 'τ²-bench: a tool-using agent serves a simulated airline customer and must follow the airline policy (pass^1).', url: 'https://github.com/sierra-research/tau2-bench', unit: 'percent', category: 'agents' },
  'tau2-retail': { name: 'τ²-bench Retail', description: 'τ²-bench: a tool-using agent serves a simulated retail customer and must follow the store policy (pass^1).', url: 'https://github.com/sierra-research/tau2-bench', unit: 'percent', category: 'agents' },
  'tau2-telecom': { name: 'τ²-bench Telecom', description: 'τ²-bench: a tool-using agent guides a simulated customer, who also acts on their own device, through telecom support (pass^1).', url: 'https://github.com/sierra-research/tau2-bench', unit: 'percent', category: 'agents' },
  'tau2-banking': { name: 'τ²-bench Banking', description: 'τ²-bench banking_knowledge domain: a tool-using agent answers banking customers from a knowledge base under policy (pass^1).', url: 'https://github.com/sierra-research/tau2-bench', unit: 'percent', category: 'agents' },
  'openhands-swe-bench-verified': { name: 'SWE-bench Verified (OpenHands Index)', description: 'SWE-bench Verified (500 GitHub issues) solved by the OpenHands agent, the same scaffold for every model; not comparable with vendor or other-agent figures.', url: 'https://huggingface.co/spaces/OpenHands/openhands-index', unit: 'percent', category: 'coding' },
  'openhands-swt-bench': { name: 'SWT-bench (OpenHands Index)', description: 'SWT-bench: the OpenHands agent writes tests that reproduce real GitHub issues.', url: 'https://huggingface.co/spaces/OpenHands/openhands-index', unit: 'percent', category: 'coding' },
  'openhands-gaia': { name: 'GAIA (OpenHands Index)', description: 'GAIA: general-assistant questions that need browsing and tools, answered by the OpenHands agent.', url: 'https://huggingface.co/spaces/OpenHands/openhands-index', unit: 'percent', category: 'agents' },
  'openhands-commit0': { name: 'Commit0 (OpenHands Index)', description: 'Commit0: the OpenHands agent rebuilds a Python library from its specification and unit tests.', url: 'https://huggingface.co/spaces/OpenHands/openhands-index', unit: 'percent', category: 'coding' },
  'openhands-swe-bench-multimodal': { name: 'SWE-bench Multimodal (OpenHands Index)', description: 'SWE-bench Multimodal: visual front-end GitHub issues solved by the OpenHands agent (accuracy on the solvable tasks).', url: 'https://huggingface.co/spaces/OpenHands/openhands-index', unit: 'percent', category: 'coding' },
  'vectara-hallucination-rate': { name: 'Vectara hallucination rate', description: "Share of short-document summaries that add facts not in the document, judged by Vectara's HHEM model; lower is better.", url: 'https://github.com/vectara/hallucination-leaderboard', unit: 'percent', category: 'general', higher_is_better: false },
  livebench: { name: 'LiveBench (release not stated)', description: 'Regularly refreshed questions on maths, coding, reasoning, data analysis, language and instruction following (global average); the source does not name the question release.', url: 'https://livebench.ai', unit: 'percent', category: 'general' },
  'livebench-2024-11-25': { name: 'LiveBench 2024-11-25', description: 'The 2024-11-25 question release of LiveBench: maths, coding, reasoning, data analysis, language and instruction following (global average).', url: 'https://livebench.ai', unit: 'percent', category: 'general' },
  simplebench: { name: 'SimpleBench', description: 'Multiple-choice trick questions on spatio-temporal and social reasoning where humans outperform models.', url: 'https://simple-bench.com', unit: 'percent', category: 'reasoning' },
  hellaswag: { name: 'HellaSwag', description: 'Commonsense sentence-completion multiple-choice questions.', url: 'https://arxiv.org/abs/1905.07830', unit: 'percent', category: 'reasoning' },
  'os-world': { name: 'OSWorld', description: 'Computer-use tasks in real desktop operating-system environments.', url: 'https://os-world.github.io', unit: 'percent', category: 'agents' },
  'webdev-arena': { name: 'WebDev Arena', description: 'Elo rating from pairwise human votes on web-development outputs (LMArena).', url: 'https://web.lmarena.ai/leaderboard', unit: 'elo', category: 'coding', materiality: 20, min: 0, max: 3000 },
  eci: { name: 'Epoch Capabilities Index', description: 'Epoch AI composite index that places models on one scale from many benchmarks.', url: 'https://epoch.ai/benchmarks/eci', unit: 'index', category: 'general', materiality: 2, min: 0, max: 250 },
};

export interface Mapped {
  id: string;
  /** explicitly `undefined` when the mapping found no variant words */
  variant?: string | undefined;
}

const LLM_STATS: Record<string, Mapped> = {
  gpqa: { id: 'gpqa-diamond' },
  mmlu: { id: 'mmlu' },
  'mmlu-(cot)': { id: 'mmlu', variant: 'CoT' },
  'mmlu-pro': { id: 'mmlu-pro' },
  'mmlu-redux': { id: 'mmlu-redux' },
  'mmlu-redux-2.0': { id: 'mmlu-redux-2' },
  'swe-bench-verified': { id: 'swe-bench-verified' },
  'swe-bench-verified-(agentic-coding)': { id: 'swe-bench-verified', variant: 'agentic coding' },
  'swe-bench-verified-(agentless)': { id: 'swe-bench-verified', variant: 'agentless' },
  'swe-bench-verified-(multiple-attempts)': { id: 'swe-bench-verified', variant: 'multiple attempts' },
  'aider-polyglot': { id: 'aider-polyglot' },
  livecodebench: { id: 'livecodebench' },
  'livecodebench-v5': { id: 'livecodebench-v5' },
  'livecodebench-v6': { id: 'livecodebench-v6' },
  // a date window inside v5: a subset of its problems, so it stays a variant of v5
  'livecodebench-v5-24.12-25.2': { id: 'livecodebench-v5', variant: 'problems 2024-12 to 2025-02' },
  'livecodebench(01-09)': { id: 'livecodebench', variant: '01-09' },
  humaneval: { id: 'humaneval' },
  math: { id: 'math' },
  'math-(cot)': { id: 'math', variant: 'CoT' },
  'math-500': { id: 'math-500' },
  'aime-2025': { id: 'aime-2025' },
  'aime-2024': { id: 'aime-2024' },
  "humanity's-last-exam": { id: 'hle' },
  hle: { id: 'hle' },
  ifeval: { id: 'ifeval' },
  'arc-agi': { id: 'arc-agi' },
  'arc-agi-v2': { id: 'arc-agi-2' },
  // LLM-Stats froze in October 2025, before Terminal-Bench 2.0 was released (November 2025)
  'terminal-bench': { id: 'terminal-bench-1' },
  'arena-hard': { id: 'arena-hard' },
  'arena-hard-v2': { id: 'arena-hard-v2' },
  mmmu: { id: 'mmmu' },
  gsm8k: { id: 'gsm8k' },
  simpleqa: { id: 'simpleqa' },
  browsecomp: { id: 'browsecomp' },
  'tau-bench-retail': { id: 'tau-bench-retail' },
  'tau-bench-airline': { id: 'tau-bench-airline' },
  'tau2-airline': { id: 'tau2-airline' },
  'tau2-retail': { id: 'tau2-retail' },
  'tau2-telecom': { id: 'tau2-telecom' },
  'swe-bench-multilingual': { id: 'swe-bench-multilingual' },
  livebench: { id: 'livebench' },
  'livebench-20241125': { id: 'livebench-2024-11-25' },
  frontiermath: { id: 'frontiermath' },
  hellaswag: { id: 'hellaswag' },
};

/** LLM-Stats benchmark_id (+ analysis_method) -> our id and variant. */
export function mapLlmStatsBenchmark(benchmarkId: string, analysisMethod?: string | null): Mapped | undefined {
  const known = LLM_STATS[benchmarkId];
  if (!known) return undefined;
  const method = (analysisMethod ?? '').trim();
  const m = { ...known, id: versionFromMethod(known.id, method) };
  const useful = method && !/^(-|accuracy|score|standard( benchmark| evaluation)?|em)$/i.test(method) ? method : '';
  const parts = [m.variant, useful].filter(Boolean) as string[];
  if (m.id === 'gpqa-diamond' && !/diamond/i.test(method)) parts.push('subset not stated (vendors usually report Diamond)');
  return { id: m.id, variant: parts.length ? parts.join('; ') : undefined };
}

/**
 * An unversioned id whose method text names the release ("v5", "v6 (Aug 24-May 25)", "2024/11/25")
 * moves to that release's id: scores of different releases must never share an id.
 */
function versionFromMethod(id: string, method: string): string {
  if (id === 'livecodebench') {
    const v = method.match(/^v([56])\b/i);
    if (v) return `livecodebench-v${v[1]}`;
  }
  if (id === 'livebench' && /\b2024[/-]?11[/-]?25\b/.test(method)) return 'livebench-2024-11-25';
  return id;
}

/** Terminal-Bench release named in a models.dev name or `version` field -> our id. */
const TERMINAL_BENCH_VERSIONS: Record<string, string> = { '1.0': 'terminal-bench-1', '2.0': 'terminal-bench-2', '2.1': 'terminal-bench-2-1', hard: 'terminal-bench-hard' };

/**
 * models.dev free-text benchmark name (+ its `version` and `dataset` fields) -> our id. The release
 * and task subset pick the id; whatever else the row says (effort, harness) is the caller's variant.
 * A Terminal-Bench row that names no release is not mapped: it cannot be compared with anything.
 */
export function mapModelsDevBenchmark(name: string, version?: string, dataset?: string): Mapped | undefined {
  const n = name.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9.]+/g, ' ').trim();
  const flat = n.replace(/ /g, '');
  if (flat === 'swebenchverified') return { id: 'swe-bench-verified' };
  if (flat === 'swebenchpro') return { id: dataset === 'hard-aa' ? 'swe-bench-pro-hard-aa' : 'swe-bench-pro' };
  if (flat === 'swebenchmultilingual') return { id: 'swe-bench-multilingual' };
  if (flat === 'aiderpolyglot') return { id: 'aider-polyglot' };
  if (flat === 'gpqadiamond') return { id: 'gpqa-diamond' };
  if (flat === 'humanityslastexam') return { id: 'hle' };
  if (flat === 'livecodebench') return { id: 'livecodebench' };
  if (flat === 'scicode') return { id: 'scicode' };
  const tb = n.match(/^terminal ?bench ?(.*)$/);
  if (tb) {
    const release = (tb[1] || version || '').trim().toLowerCase();
    const id = TERMINAL_BENCH_VERSIONS[release];
    return id ? { id } : undefined;
  }
  return undefined;
}

export interface EpochFile {
  file: string;
  benchmark: string;
  scoreCol: string;
  /** multiply raw value by this to get the benchmark unit (0-1 fractions -> percent: 100) */
  scale: number;
  kind: 'epoch-run' | 'external';
  /** column naming the benchmark release, and release text -> our id (rows with another value are dropped) */
  release?: { col: string; ids: Record<string, string> };
  variantCols?: string[];
  sourceCol?: string;
  defaultSource: string;
  dateCol?: string;
}

export const EPOCH_FILES: EpochFile[] = [
  { file: 'gpqa_diamond.csv', benchmark: 'gpqa-diamond', scoreCol: 'mean_score', scale: 100, kind: 'epoch-run', sourceCol: 'Log viewer', defaultSource: 'https://epoch.ai/benchmarks/gpqa-diamond', dateCol: 'Started at' },
  { file: 'math_level_5.csv', benchmark: 'math-level-5', scoreCol: 'mean_score', scale: 100, kind: 'epoch-run', sourceCol: 'Log viewer', defaultSource: 'https://epoch.ai/benchmarks/math-level-5', dateCol: 'Started at' },
  { file: 'otis_mock_aime_2024_2025.csv', benchmark: 'otis-mock-aime', scoreCol: 'mean_score', scale: 100, kind: 'epoch-run', sourceCol: 'Log viewer', defaultSource: 'https://epoch.ai/benchmarks/otis-mock-aime', dateCol: 'Started at' },
  { file: 'swe_bench_verified.csv', benchmark: 'swe-bench-verified', scoreCol: 'mean_score', scale: 100, kind: 'epoch-run', sourceCol: 'Log viewer', defaultSource: 'https://epoch.ai/benchmarks/swe-bench-verified', dateCol: 'Started at' },
  { file: 'frontiermath.csv', benchmark: 'frontiermath', scoreCol: 'mean_score', scale: 100, kind: 'epoch-run', sourceCol: 'Log viewer', defaultSource: 'https://epoch.ai/frontiermath', dateCol: 'Started at' },
  { file: 'simpleqa_verified.csv', benchmark: 'simpleqa-verified', scoreCol: 'mean_score', scale: 100, kind: 'epoch-run', sourceCol: 'Log viewer', defaultSource: 'https://epoch.ai/benchmarks/simpleqa-verified', dateCol: 'Started at' },
  { file: 'mmlu_external.csv', benchmark: 'mmlu', scoreCol: 'EM', scale: 100, kind: 'external', variantCols: ['Shots', 'Source'], sourceCol: 'Source link', defaultSource: 'https://epoch.ai/benchmarks' },
  { file: 'aider_polyglot_external.csv', benchmark: 'aider-polyglot', scoreCol: 'Percent correct', scale: 1, kind: 'external', variantCols: ['Edit format'], sourceCol: 'Source link', defaultSource: 'https://aider.chat/docs/leaderboards/', dateCol: 'Date of evaluation' },
  { file: 'hle_external.csv', benchmark: 'hle', scoreCol: 'Accuracy', scale: 100, kind: 'external', defaultSource: 'https://lastexam.ai' },
  { file: 'arc_agi_external.csv', benchmark: 'arc-agi', scoreCol: 'Score', scale: 100, kind: 'external', sourceCol: 'Source link', defaultSource: 'https://arcprize.org/leaderboard' },
  { file: 'arc_agi_2_external.csv', benchmark: 'arc-agi-2', scoreCol: 'Score', scale: 100, kind: 'external', defaultSource: 'https://arcprize.org/leaderboard' },
  // Epoch's Terminal-Bench file is its copy of the 2.0 leaderboard (every linked row cites it).
  { file: 'terminalbench_external.csv', benchmark: 'terminal-bench-2', scoreCol: 'Accuracy mean', scale: 100, kind: 'external', variantCols: ['Agent'], sourceCol: 'Source Link', defaultSource: 'https://www.tbench.ai/leaderboard/terminal-bench/2.0', dateCol: 'Run date' },
  { file: 'live_bench_external.csv', benchmark: 'livebench', scoreCol: 'Global average', scale: 1, kind: 'external', release: { col: 'LiveBench Version', ids: { 'LiveBench-2024-11-25': 'livebench-2024-11-25', '': 'livebench' } }, sourceCol: 'Source link', defaultSource: 'https://livebench.ai' },
  { file: 'simplebench_external.csv', benchmark: 'simplebench', scoreCol: 'Score (AVG@5)', scale: 100, kind: 'external', sourceCol: 'Source link (site from table)', defaultSource: 'https://simple-bench.com' },
  { file: 'swe_bench_bash.csv', benchmark: 'swe-bench-verified', scoreCol: '% Resolved', scale: 100, kind: 'external', variantCols: ['Source'], sourceCol: 'Source link', defaultSource: 'https://www.swebench.com', dateCol: 'Date run' },
  { file: 'gsm8k_external.csv', benchmark: 'gsm8k', scoreCol: 'EM', scale: 100, kind: 'external', variantCols: ['Shots', 'Source'], sourceCol: 'Source link', defaultSource: 'https://epoch.ai/benchmarks' },
  { file: 'hella_swag_external.csv', benchmark: 'hellaswag', scoreCol: 'Overall accuracy', scale: 100, kind: 'external', variantCols: ['Shots', 'Source'], sourceCol: 'Source link', defaultSource: 'https://epoch.ai/benchmarks' },
  { file: 'os_world_external.csv', benchmark: 'os-world', scoreCol: 'Score', scale: 1, kind: 'external', variantCols: ['Agent'], sourceCol: 'Source link', defaultSource: 'https://os-world.github.io', dateCol: 'Date added' },
  { file: 'webdev_arena_external.csv', benchmark: 'webdev-arena', scoreCol: 'Arena Score', scale: 1, kind: 'external', sourceCol: 'Source link (site from table)', defaultSource: 'https://web.lmarena.ai/leaderboard', dateCol: 'Last updated' },
  { file: 'epoch_capabilities_index.csv', benchmark: 'eci', scoreCol: 'ECI Score', scale: 1, kind: 'external', defaultSource: 'https://epoch.ai/benchmarks/eci' },
];

/** Convert a raw number to the benchmark unit and check its range. */
export function scaleScore(raw: unknown, scale: number, benchmark: string): number | undefined {
  const v = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(v)) return undefined;
  const s = Math.round(v * scale * 1000) / 1000;
  const def = BENCHMARKS[benchmark];
  if (!def) return undefined;
  if (def.unit === 'percent' && (s < 0 || s > 100)) return undefined;
  if (def.min !== undefined && s < def.min) return undefined;
  if (def.max !== undefined && s > def.max) return undefined;
  return s;
}

export { isIndependentSource } from './scores/evaluators.ts';
