//! Examples of [`Modal`].

use super::Modal;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the modal dialog.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "confirm before deleting",
        render: || {
            let open = RwSignal::new(false);
            let deleted = RwSignal::new(false);
            view! {
                <button
                    type="button"
                    class="kk-button kk-button--warning"
                    id="modal-delete-open"
                    on:click=move |_| open.set(true)
                >
                    "Slet kvittering.pdf"
                </button>
                <p class="kk-body" role="status">
                    {move || deleted.get().then_some("Filen er slettet.")}
                </p>
                <Modal
                    id="modal-delete"
                    title="Vil du slette kvittering.pdf?"
                    open=open
                    on_close=move |()| open.set(false)
                >
                    <p class="kk-body">"Filen fjernes fra din ansøgning. Du kan uploade den igen bagefter."</p>
                    <div class="kk-modal__actions">
                        <button
                            type="button"
                            class="kk-button kk-button--warning"
                            id="modal-delete-confirm"
                            on:click=move |_| {
                                deleted.set(true);
                                open.set(false);
                            }
                        >
                            "Ja, slet filen"
                        </button>
                        <button
                            type="button"
                            class="kk-button kk-button--secondary"
                            id="modal-delete-cancel"
                            on:click=move |_| open.set(false)
                        >
                            "Nej, behold den"
                        </button>
                    </div>
                </Modal>
            }
            .into_any()
        },
    }]
}
