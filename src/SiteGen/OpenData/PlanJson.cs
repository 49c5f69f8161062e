using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.OpenData;

/// <summary>
/// plan.json and plans.json: a plan's data as plain JSON. Every property is always present (null when
/// the plan does not say), lists keep the plan's own order and years go oldest first, numbers are JSON
/// numbers as precise as written, translated texts are {"ja": …, "en": …}. UTF-8 without BOM,
/// two-space indentation, LF line ends on every platform, Japanese written as it is (not \u-escaped).
/// </summary>
internal sealed class PlanJson(SiteContent content, SiteUrls urls, string schemaUrl)
{
    /// <summary>Raised when a property is removed or changes meaning; adding one keeps the version.</summary>
    public const int FormatVersion = 3;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        // Files, not HTML: < > & ' and non-ASCII are safe here and far easier to read unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public byte[] Plan(Plan plan) => Document(w => WritePlan(w, plan));

    public byte[] AllPlans(IEnumerable<Plan> plans) => AllPlans(plans.Select(Plan));

    /// <summary>plans.json from each plan's plan.json, written as they are (so a plan's object is made once).</summary>
    public byte[] AllPlans(IEnumerable<byte[]> planDocuments)
    {
        using var buffer = new MemoryStream();
        WriteAllPlans(buffer, planDocuments);
        return buffer.ToArray();
    }

    /// <summary>plans.json written to <paramref name="stream"/> plan by plan, never whole in memory.</summary>
    public void WriteAllPlans(Stream stream, IEnumerable<byte[]> planDocuments)
    {
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("formatVersion", FormatVersion);
            w.WriteString("schema", schemaUrl);
            w.WriteStartArray("plans");
            foreach (var document in planDocuments)
            {
                w.WriteRawValue(document.AsSpan().TrimEnd((byte)'\n'), skipInputValidation: true);
                // The writer keeps everything until flushed: hand each plan on to the stream.
                if (w.BytesPending > 64 * 1024) w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    // One buffer and writer per thread, reset for every document: plan.json is made twice per plan (its
    // own file and its part of plans.json), and a fresh growing stream each time would be most of the
    // open data's garbage (docs/performance.md#what-a-build-keeps-alive-and-allocation).
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    private static byte[] Document(Action<Utf8JsonWriter> write)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        var document = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(document);
        document[^1] = (byte)'\n';
        return document;
    }

    private void WritePlan(Utf8JsonWriter w, Plan plan)
    {
        w.WriteStartObject();
        w.WriteString("$schema", schemaUrl);
        w.WriteNumber("formatVersion", FormatVersion);
        w.WriteString("slug", plan.Slug);
        Text(w, "title", plan.Title);
        Text(w, "subtitle", plan.Subtitle);
        Text(w, "edition", plan.Edition);
        Text(w, "documentType", plan.DocumentType);
        Text(w, "summary", plan.Summary);

        w.WriteStartObject("publisher");
        w.WriteString("id", plan.Publisher.Id);
        Text(w, "name", plan.Publisher.Name);
        Text(w, "municipality", plan.Publisher.Municipality);
        String(w, "localGovernmentCode", plan.Publisher.LocalGovernmentCode);
        w.WriteEndObject();

        if (plan.Period is { } period)
        {
            w.WriteStartObject("period");
            w.WriteNumber("start", period.Start.Year);
            w.WriteNumber("end", period.End.Year);
            w.WriteEndObject();
        }
        else w.WriteNull("period");

        String(w, "published", plan.Published?.Iso);
        w.WriteString("documentStatus", Model.Binding.Words.Statuses.WordOf(plan.Status));
        String(w, "revised", plan.Revised?.Iso);
        String(w, "revisionOf", plan.RevisionOf);
        if (plan.Source is { } source)
        {
            w.WriteStartObject("source");
            Text(w, "title", source.Title);
            String(w, "url", source.Url);
            Text(w, "publisher", source.Publisher);
            String(w, "date", source.Date?.Iso);
            if (source.Pages is { } pages) w.WriteNumber("pages", pages);
            else w.WriteNull("pages");
            String(w, "format", source.Format);
            String(w, "size", source.Size);
            w.WriteEndObject();
        }
        else w.WriteNull("source");
        w.WriteString("coverageAreaId", plan.CoverageAreaId);

        w.WriteStartObject("pages");
        foreach (var language in Languages.All)
            w.WriteString(language.Code(), urls.Absolute(urls.Page(language, $"plans/{plan.Slug}/")));
        w.WriteEndObject();

        w.WriteStartArray("actors");
        foreach (var actor in plan.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", actor.Id);
            Text(w, "name", actor.Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("levels");
        foreach (var level in plan.Levels)
        {
            w.WriteStartObject();
            w.WriteString("id", level.Id);
            Text(w, "name", level.Name);
            Text(w, "heading", level.Heading);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("sections");
        foreach (var section in plan.Sections) WriteSection(w, section);
        w.WriteEndArray();

        w.WriteStartArray("actions");
        foreach (var action in plan.Actions) WriteAction(w, action);
        w.WriteEndArray();

        w.WriteStartArray("indicators");
        foreach (var action in plan.Actions)
            foreach (var indicator in action.Indicators) WriteIndicator(w, action, indicator);
        w.WriteEndArray();

        w.WriteStartArray("evaluations");
        foreach (var evaluation in plan.Actions.SelectMany(a => PlanFacts.Evaluations(plan, a)))
        {
            w.WriteStartObject();
            w.WriteString("actionId", evaluation.Action.Id);
            w.WriteNumber("fiscalYear", evaluation.Year.Year);
            w.WriteString("mark", evaluation.Mark);
            Text(w, "label", evaluation.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        if (plan.EvaluationScale is { } scale)
        {
            w.WriteStartObject("evaluationScale");
            Text(w, "title", scale.Title);
            w.WriteStartArray("marks");
            foreach (var mark in scale.Marks)
            {
                w.WriteStartObject();
                w.WriteString("mark", mark.Symbol);
                Text(w, "label", mark.Label);
                Text(w, "definition", mark.Definition);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else w.WriteNull("evaluationScale");

        w.WriteStartArray("areas");
        foreach (var area in PlanFacts.Areas(plan, content))
        {
            w.WriteStartObject();
            w.WriteString("id", area.Id);
            Text(w, "name", area.Area?.Name);
            String(w, "layer", area.Area is { } a ? PlanFacts.LayerWord(a.Layer) : null);
            String(w, "parentId", area.Area?.ParentId);
            String(w, "organisationId", area.Area?.OrganisationId);
            w.WriteBoolean("coverage", area.IsCoverage);
            w.WriteBoolean("districtPlan", area.HasDistrictPlan);
            w.WriteNumber("actionCount", area.ActionCount);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter w, PlanSection section)
    {
        w.WriteStartObject();
        w.WriteString("id", section.Id);
        w.WriteString("level", section.Level.Id);
        w.WriteString("number", section.Number);
        String(w, "parentId", section.ParentId);
        Text(w, "title", section.Title);
        Text(w, "description", section.Description);
        WriteParts(w, section.Parts);
        w.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter w, ActionItem action)
    {
        w.WriteStartObject();
        w.WriteString("id", action.Id);
        w.WriteString("number", action.Number);
        Text(w, "title", action.Title);
        Text(w, "description", action.Description);
        String(w, "sectionId", action.SectionId);
        w.WriteStartArray("flags");
        foreach (var flag in PlanFacts.FlagWords(action.Flags)) w.WriteStringValue(flag);
        w.WriteEndArray();
        w.WriteStartArray("areas");
        foreach (var area in action.AreaIds) w.WriteStringValue(area);
        w.WriteEndArray();
        if (action.Change is { } change)
        {
            w.WriteStartObject("change");
            Text(w, "summary", change.Summary);
            Text(w, "reason", change.Reason);
            if (change.MainPlanPage is { } page) w.WriteNumber("mainPlanPage", page);
            else w.WriteNull("mainPlanPage");
            Text(w, "revisedText", change.RevisedText);
            w.WriteEndObject();
        }
        else w.WriteNull("change");
        w.WriteStartArray("indicators");
        foreach (var indicator in action.Indicators) w.WriteStringValue(indicator.Id);
        w.WriteEndArray();
        WriteParts(w, action.Parts);
        w.WriteEndObject();
    }

    /// <summary>What every part of the plan may carry: roles, programmes, notes (empty lists when it has none).</summary>
    private static void WriteParts(Utf8JsonWriter w, NodeParts parts)
    {
        w.WriteStartArray("roles");
        foreach (var role in parts.Roles)
        {
            w.WriteStartObject();
            w.WriteString("actorId", role.Actor.Id);
            TextList(w, "does", role.Does);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("programmes");
        foreach (var programme in parts.Programmes)
        {
            w.WriteStartObject();
            Text(w, "name", programme.Name);
            Text(w, "runBy", programme.RunBy);
            Text(w, "timing", programme.Timing);
            Text(w, "note", programme.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var note in parts.Notes)
        {
            w.WriteStartObject();
            w.WriteString("kind", Model.Binding.Words.Of(note.Kind));
            Text(w, "title", note.Title);
            Text(w, "body", note.Body);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteIndicator(Utf8JsonWriter w, ActionItem action, Indicator indicator)
    {
        w.WriteStartObject();
        w.WriteString("id", indicator.Id);
        w.WriteString("actionId", action.Id);
        Text(w, "name", indicator.Name);
        Text(w, "scope", indicator.Scope);
        Text(w, "unit", indicator.Unit);
        w.WriteStartArray("measures");
        for (var i = 0; i < indicator.Measures.Count; i++)
        {
            var measure = indicator.Measures[i];
            w.WriteStartObject();
            w.WriteNumber("number", i + 1);
            Text(w, "label", measure.Label);
            w.WritePropertyName("baseline");
            if (measure.Baseline is { } baseline) Value(w, baseline);
            else w.WriteNullValue();
            ByYear(w, "targets", measure.Targets);
            ByYear(w, "actuals", measure.Actuals);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void ByYear(Utf8JsonWriter w, string name, IReadOnlyDictionary<FiscalYear, Value> values)
    {
        w.WriteStartArray(name);
        foreach (var (year, value) in values.OrderBy(p => p.Key.Year))
        {
            w.WriteStartObject();
            w.WriteNumber("fiscalYear", year.Year);
            w.WritePropertyName("value");
            Value(w, value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A number as a JSON number (1150, 24.3), a text as {"ja": …, "en": …}.</summary>
    private static void Value(Utf8JsonWriter w, Value value)
    {
        if (value.Number is { } number) w.WriteNumberValue(number);
        else TextValue(w, PlanFacts.TextOf(value)!);
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Text(Utf8JsonWriter w, string name, LocalizedText? text)
    {
        w.WritePropertyName(name);
        if (text is null) w.WriteNullValue();
        else TextValue(w, text);
    }

    private static void TextValue(Utf8JsonWriter w, LocalizedText text)
    {
        w.WriteStartObject();
        w.WriteString("ja", text.Ja);
        if (string.IsNullOrEmpty(text.En)) w.WriteNull("en");
        else w.WriteString("en", text.En);
        w.WriteEndObject();
    }

    private static void TextList(Utf8JsonWriter w, string name, IReadOnlyList<LocalizedText> texts)
    {
        w.WriteStartArray(name);
        foreach (var text in texts) TextValue(w, text);
        w.WriteEndArray();
    }
}
