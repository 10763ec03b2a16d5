//! Examples of [`NotificationBanner`](super::NotificationBanner).

use super::{BannerKind, NotificationBanner};
use crate::example::{da_en, Example};
use leptos::prelude::*;

/// The named examples of the notification banner.
pub fn examples() -> Vec<Example> {
    vec![
        Example {
            name: "important",
            render: || {
                view! {
                    <NotificationBanner id="banner-important">
                        <p class="kk-notification-banner__heading">
                            {da_en(
                                "Du har 7 dage til at sende dokumentationen.",
                                "You have 7 days to send the documents.",
                            )}
                        </p>
                    </NotificationBanner>
                }
                .into_any()
            },
        },
        Example {
            name: "success, taking focus",
            render: || {
                view! {
                    <NotificationBanner id="banner-success" kind=BannerKind::Success take_focus=true>
                        <p class="kk-notification-banner__heading">
                            {da_en("Din ansøgning er sendt.", "Your application has been sent.")}
                        </p>
                        <p class="kk-body">
                            {da_en(
                                "Vi har sendt en kvittering til din digitale postkasse.",
                                "We have sent a receipt to your digital mailbox.",
                            )}
                        </p>
                    </NotificationBanner>
                }
                .into_any()
            },
        },
    ]
}
