//! Examples of [`Footer`].

use super::Footer;
use crate::example::Example;
use leptos::prelude::*;

/// The named examples of the footer.
pub fn examples() -> Vec<Example> {
    vec![Example {
        name: "with heading, contact and links",
        render: || {
            view! {
                <Footer heading="Kontakt">
                    <p class="kk-body">"Eksempel Kommune, Rådhuspladsen 1, 9999 Eksempelby"</p>
                    <ul class="kk-list kk-footer__links">
                        <li>
                            <a class="kk-link kk-footer__link" href="/tilgaengelighed">
                                "Tilgængelighedserklæring"
                            </a>
                        </li>
                        <li>
                            <a class="kk-link kk-footer__link" href="/cookies">
                                "Cookies"
                            </a>
                        </li>
                    </ul>
                </Footer>
            }
            .into_any()
        },
    }]
}
