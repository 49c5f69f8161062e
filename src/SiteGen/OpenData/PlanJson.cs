using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Addressing;
using SiteGen.I18n;
using SiteGen.Model;
using SiteGen.Model.Binding;
using SiteGen.Schema;
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
    public const int FormatVersion = 4;

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

    /// <summary>
    /// The plan as its file declares it (Model/Binding/PlanShapes.cs, every field in the content's order and its
    /// open form), between what only the site knows: its slug and page addresses first, the areas it mentions last.
    /// </summary>
    private void WritePlan(Utf8JsonWriter w, Plan plan)
    {
        w.WriteStartObject();
        w.WriteString("$schema", schemaUrl);
        w.WriteNumber("formatVersion", FormatVersion);
        w.WriteString("slug", plan.Slug);
        w.WriteStartObject("pages");
        foreach (var language in Languages.All)
            w.WriteString(language.Code, urls.Absolute(urls.Page(language, $"plans/{plan.Slug}/")));
        w.WriteEndObject();

        PlanShapes.Plan.WriteOpenProperties(w, plan);

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

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Text(Utf8JsonWriter w, string name, LocalizedText? text)
    {
        w.WritePropertyName(name);
        if (text is null) w.WriteNullValue();
        else OpenForms.WriteText(w, text);
    }
}
