namespace SiteGen.Schema;

/// <summary>
/// How a browser editor (the /admin/ CMS, <see cref="Admin.CmsConfig"/>) shows a value of a type whose JSON Schema
/// alone does not say it: a `{ja, en}` text, a number-or-text value, a list, a map by fiscal year. A type without a form
/// is shown by its schema (a string with its pattern, a whole number with its bounds), by its shape (an object) or by
/// its vocabulary (a choice of words).
/// </summary>
public enum FormKind
{
    /// <summary>A short text in each language: two one-line boxes.</summary>
    Text,
    /// <summary>A longer text in each language (paragraphs, lists in Markdown): two text areas.</summary>
    Prose,
    /// <summary>A number, or a text in each language.</summary>
    Value,
    /// <summary>A date written as `2022`, `2022-03` or `2022-03-31`.</summary>
    Date,
    /// <summary>A list of <see cref="Form.Of"/>.</summary>
    List,
    /// <summary>`{2022: …}`: <see cref="Form.Of"/> by fiscal year.</summary>
    ByYear,
    /// <summary><see cref="Form.Of"/>, or the word `unknown`.</summary>
    OrUnknown,
    /// <summary>`{actor-id: [text, …]}`: what each of the plan's actors does.</summary>
    Roles,
}

/// <param name="Of">The type inside: the items of a list, the values by year, what may be unknown.</param>
public sealed record Form(FormKind Kind, FieldType? Of = null)
{
    public static readonly Form Text = new(FormKind.Text);
    public static readonly Form Prose = new(FormKind.Prose);
    public static readonly Form Value = new(FormKind.Value);
    public static readonly Form Date = new(FormKind.Date);
}
