//! Field errors: which field of a request is wrong and why, reported all at once.

use cadre_i18n::Message;

/// One invalid field: its JSON path and why, as a message rendered in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// JSON path of the field (`work_email`).
    pub field: String,
    /// What is wrong; its id doubles as a stable, machine-readable code.
    pub reason: Message,
}

impl FieldError {
    /// A field error.
    pub fn new(field: impl Into<String>, reason: Message) -> Self {
        Self {
            field: field.into(),
            reason,
        }
    }
}
