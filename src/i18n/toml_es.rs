//! The TOML parser's descriptions of syntax errors, in Spanish.
//!
//! The `toml` crate words a syntax error as "DESCRIPTION" or "DESCRIPTION, expected A, B, C",
//! where each expected item is a literal in backticks, `newline`, or a short description. Known
//! descriptions and items are translated; a description this table does not know (a newer
//! `toml` may add some) leaves the whole message as the parser wrote it, rather than half of it.

/// The parser's message in Spanish, or as it is when its description is unknown.
pub fn translate(message: &str) -> String {
    let (description, expected) = match message.split_once(", expected ") {
        Some((description, expected)) => (description, Some(expected)),
        None => (message, None),
    };
    let Some(description) = description_es(description) else { return message.to_owned() };
    match expected {
        None => description.to_owned(),
        Some(expected) => {
            let items: Vec<String> = expected.split(", ").map(item_es).collect();
            let items: Vec<&str> = items.iter().map(String::as_str).collect();
            format!("{description}; se esperaba: {}", super::join_words(&items, "o"))
        }
    }
}

fn description_es(description: &str) -> Option<&'static str> {
    Some(match description {
        "`_` may only go between digits" => "`_` solo puede ir entre dígitos",
        "cannot recurse further; max recursion depth met" => "hay demasiados niveles anidados",
        "carriage return must be followed by newline" => {
            "un retorno de carro debe ir seguido de un salto de línea"
        }
        "duplicate key" => "clave repetida",
        "extra `=`" => "`=` de más",
        "extra assignment between key-value pairs" => "asignación de más entre pares clave-valor",
        "extra comma in array" => "coma de más en la lista",
        "extra comma in inline table" => "coma de más en la tabla en línea",
        "integers with a radix cannot be signed" => "los enteros con base no pueden llevar signo",
        "invalid basic string" | "invalid string" => "texto no válido",
        "invalid binary number" => "número binario no válido",
        "invalid boolean" => "valor booleano no válido",
        "invalid comment character" => "carácter no válido en un comentario",
        "invalid date" => "fecha no válida",
        "invalid date-time" | "invalid datetime" => "fecha y hora no válidas",
        "invalid exponent" => "exponente no válido",
        "invalid float" => "número decimal no válido",
        "invalid fraction" => "parte decimal no válida",
        "invalid hexadecimal number" => "número hexadecimal no válido",
        "invalid inline table element" => "elemento no válido en una tabla en línea",
        "invalid integer number" => "número entero no válido",
        "invalid key" => "clave no válida",
        "invalid key-value pair" => "par clave-valor no válido",
        "invalid literal string" => "texto literal no válido",
        "invalid mantissa" => "mantisa no válida",
        "invalid multi-line basic string" => "texto de varias líneas no válido",
        "invalid multi-line literal string" => "texto literal de varias líneas no válido",
        "invalid octal number" => "número octal no válido",
        "invalid table" => "tabla no válida",
        "invalid time" => "hora no válida",
        "invalid unquoted key" => "clave sin comillas no válida",
        "invalid value" => "valor no válido",
        "key with no value" => "clave sin valor",
        "keys cannot be multi-line basic strings" | "keys cannot be multi-line literal strings" => {
            "una clave no puede ser un texto de varias líneas"
        }
        "missing array opening" => "falta la apertura de la lista",
        "missing assignment between key-value pairs" => "falta la asignación entre pares clave-valor",
        "missing comma between array elements" => "falta una coma entre los elementos de la lista",
        "missing comma between key-value pairs" => "falta una coma entre pares clave-valor",
        "missing comment start" => "falta el comienzo del comentario",
        "missing escaped value" => "falta el valor escapado",
        "missing inline table opening" => "falta la apertura de la tabla en línea",
        "missing key for inline table element" => "falta la clave de un elemento de la tabla en línea",
        "missing opening quote" => "falta la comilla de apertura",
        "missing table open" => "falta la apertura de la tabla",
        "missing value" | "missing value for key" => "falta el valor",
        "radix must be lowercase" => "la base debe ir en minúscula",
        "redundant integer number prefix" => "prefijo numérico redundante",
        "redundant numeric sign" => "signo numérico redundante",
        "string values must be quoted" => "los textos van entre comillas",
        "too few unicode value digits" => "faltan dígitos en el valor unicode",
        "unclosed array" => "lista sin cerrar",
        "unclosed array table" => "encabezado de tabla `[[…]]` sin cerrar",
        "unclosed inline table" => "tabla en línea sin cerrar",
        "unclosed table" => "encabezado de tabla `[…]` sin cerrar",
        "unexpected `=` in array" => "`=` inesperado en una lista",
        "unexpected content" => "contenido inesperado",
        "unexpected content between comment and newline" => {
            "contenido inesperado entre el comentario y el fin de la línea"
        }
        "unexpected key or value" => "clave o valor inesperado",
        "unexpected leading zero" => "cero a la izquierda inesperado",
        "unexpected sign" => "signo inesperado",
        "unquoted keys cannot be empty" => "una clave sin comillas no puede estar vacía",
        _ => return None,
    })
}

/// One expected item: a literal in backticks stays; words are translated where known.
fn item_es(item: &str) -> String {
    if let Some(range) = between(item) {
        return range;
    }
    let known = match item {
        "newline" => "un salto de línea",
        "nothing" => "nada",
        "etc" => "etc.",
        "basic string" => "un texto entre comillas",
        "characters" => "caracteres",
        "digits" => "dígitos",
        "key" => "una clave",
        "letters" => "letras",
        "literal string" => "un texto literal",
        "multi-line basic string" => "un texto de varias líneas",
        "non-double-quote visible characters" => "caracteres visibles que no sean comillas dobles",
        "non-single-quote characters" => "caracteres que no sean comillas simples",
        "non-single-quote visible characters" => "caracteres visibles que no sean comillas simples",
        "numbers" => "números",
        "printable characters" => "caracteres imprimibles",
        "unicode hexadecimal value" => "un valor hexadecimal unicode",
        "value" => "un valor",
        _ => return item.to_owned(),
    };
    known.to_owned()
}

/// "day between 01 and 28" → "un día entre 01 y 28".
fn between(item: &str) -> Option<String> {
    let (unit, range) = item.split_once(" between ")?;
    let (low, high) = range.split_once(" and ")?;
    let unit = match unit {
        "year" => "un año",
        "month" => "un mes",
        "day" => "un día",
        "hour" => "una hora",
        "minute" => "un minuto",
        "second" => "un segundo",
        _ => return None,
    };
    Some(format!("{unit} entre {low} y {high}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_description_and_expected_items() {
        assert_eq!(translate("unclosed array, expected `]`"), "lista sin cerrar; se esperaba: `]`");
        assert_eq!(
            translate("unexpected key or value, expected newline, `#`"),
            "clave o valor inesperado; se esperaba: un salto de línea o `#`"
        );
        assert_eq!(
            translate("invalid unquoted key, expected letters, numbers, `-`, `_`"),
            "clave sin comillas no válida; se esperaba: letras, números, `-` o `_`"
        );
        assert_eq!(
            translate("invalid date, expected day between 01 and 28"),
            "fecha no válida; se esperaba: un día entre 01 y 28"
        );
        assert_eq!(
            translate("missing comma between array elements, expected `,`, `]`"),
            "falta una coma entre los elementos de la lista; se esperaba: `,` o `]`"
        );
        assert_eq!(translate("duplicate key"), "clave repetida");
    }

    #[test]
    fn an_unknown_description_is_left_whole() {
        assert_eq!(
            translate("a new kind of mistake, expected newline"),
            "a new kind of mistake, expected newline"
        );
    }
}
