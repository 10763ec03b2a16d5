//! Examples of [`Accordion`](super::Accordion).

use super::{Accordion, AccordionItem, HeadingLevel};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the accordion.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "three sections with summaries",
            render: || {
                let items = vec![
                    AccordionItem::new(da_en("Hvem kan søge?", "Who can apply?"), || {
                        view! {
                            <p class="kk-body">
                                {da_en(
                                    "Du kan søge, hvis du bor i kommunen og har en bil registreret på din adresse.",
                                    "You can apply if you live in the municipality and have a car registered at your address.",
                                )}
                            </p>
                        }
                    })
                    .with_summary(da_en("Krav til bopæl og bil", "Residence and car requirements")),
                    AccordionItem::new(da_en("Hvad koster det?", "What does it cost?"), || {
                        view! {
                            <p class="kk-body">
                                {da_en("En tilladelse koster 400 kr. om året.", "A permit costs DKK 400 a year.")}
                            </p>
                        }
                    })
                    .with_summary(da_en("Pris og betaling", "Price and payment")),
                    AccordionItem::new(da_en("Hvor lang tid tager det?", "How long does it take?"), || {
                        view! {
                            <p class="kk-body">
                                {da_en(
                                    "Du får svar inden for 10 arbejdsdage.",
                                    "You will get an answer within 10 working days.",
                                )}
                            </p>
                        }
                    }),
                ];
                view! { <Accordion id="permit-faq" items=items heading_level=HeadingLevel::H3/> }
                    .into_any()
            },
        },
        Example {
            name: "first section open",
            render: || {
                let items = vec![
                    AccordionItem::new(da_en("Åbningstider", "Opening hours"), || {
                        view! {
                            <p class="kk-body">
                                {da_en("Mandag til fredag kl. 10–15.", "Monday to Friday, 10:00 to 15:00.")}
                            </p>
                        }
                    })
                    .expanded(),
                    AccordionItem::new(da_en("Adresse", "Address"), || {
                        view! { <p class="kk-body">"Rådhuspladsen 1, 1550 København V"</p> }
                    }),
                ];
                view! { <Accordion id="contact-info" items=items heading_level=HeadingLevel::H3/> }
                    .into_any()
            },
        },
    ]
}
