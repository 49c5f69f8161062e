using SiteGen.Diagnostics;
using SiteGen.Markup.Nesting;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>
/// Markdown written in front matter fields that no page could show: a district plan's body nested too deeply.
/// (Markdown bodies are checked as their files are read; see <see cref="Content.ContentFile"/>.)
/// </summary>
public static class MarkdownFieldCheck
{
    public static void Validate(SiteContent content, DiagnosticBag diagnostics)
    {
        foreach (var plan in content.Plans)
        {
            for (var i = 0; i < plan.DistrictPlans.Count; i++)
            {
                var district = plan.DistrictPlans[i];
                if (district.Body is not { } body) continue;
                // The field's own line is not kept in the model: the district plan's is.
                foreach (var (language, text) in new[] { ("ja", body.Ja), ("en", body.En) })
                {
                    if (NestingCheck.TooDeep(text) is not null)
                        diagnostics.Error(new SourceLocation(plan.SourcePath, district.Line, 1), $"districtPlans[{i + 1}].body.{language}",
                            NestingCheck.FieldMessage, NestingCheck.Hint);
                }
            }
        }
    }
}
