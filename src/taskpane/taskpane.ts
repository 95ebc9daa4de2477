/**
 * The task pane (also the shared runtime's page). A placeholder until the real UI lands:
 * it only says how to use the functions. Text is set with textContent, never innerHTML.
 */

// The namespace is written out here, not imported from the registry, to keep this bundle tiny.
const GREETING =
  '在单元格中输入 =SUBSIDY. 即可使用政策计算函数。 | Type =SUBSIDY. in a cell to use the policy functions.';

function showGreeting(): void {
  const status = document.getElementById('status');
  if (status) status.textContent = GREETING;
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(showGreeting);
} else {
  // Opened outside Office (a plain browser): still show the page.
  document.addEventListener('DOMContentLoaded', showGreeting);
}
