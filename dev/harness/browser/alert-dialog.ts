// Outlook's Smart Alerts dialog: the send was blocked and the add-in's errorMessage says why.
import { el, t } from "./ui-text";

export function showAlertDialog(title: string, message: string): Promise<void> {
  return new Promise((resolve) => {
    const ok = el("button", { type: "button", class: "hwc-primary" }, t("ok"));
    const dialog = el(
      "dialog",
      { class: "hwc-alert", role: "alertdialog", "aria-labelledby": "hwc-alert-title", "aria-describedby": "hwc-alert-message" },
      el("h2", { id: "hwc-alert-title" }, title),
      el("p", { id: "hwc-alert-message", class: "hwc-alert-message" }, message),
      el("div", { class: "hwc-dialog-buttons" }, ok),
    );
    const close = () => {
      dialog.close();
      dialog.remove();
      resolve();
    };
    ok.addEventListener("click", close);
    dialog.addEventListener("cancel", close);
    document.body.append(dialog);
    dialog.showModal();
    ok.focus();
  });
}
