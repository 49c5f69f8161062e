using System.Text;

namespace SiteGen.OpenData;

/// <summary>
/// data/schema/plan.schema.json: the JSON Schema (draft 2020-12) every plan.json (and every item of
/// plans.json's "plans") validates against. It lists every property as required, because the writer
/// always writes every property, with null where the plan does not say.
/// </summary>
public static class PlanSchema
{
    /// <summary>The schema, with "$id" set to <paramref name="id"/> when the site's address is known.</summary>
    public static byte[] Bytes(string? id)
    {
        var text = Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (id is not null)
        {
            var escaped = System.Text.Json.Nodes.JsonValue.Create(id).ToJsonString();
            text = text.Replace("  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n",
                "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": " + escaped + ",\n", StringComparison.Ordinal);
        }
        return new UTF8Encoding(false).GetBytes(text);
    }

    public const string Text = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Community welfare plan (SiteGen open data)",
          "description": "One plan: metadata, levels and sections, actions, indicators, evaluations, the evaluation scale and the areas it mentions. Texts are {ja, en}; en is null when not translated. Years are Western fiscal years (FY2022 = 令和4年度 = April 2022 to March 2023). See docs/open-data.md.",
          "type": "object",
          "required": ["$schema", "formatVersion", "slug", "title", "subtitle", "edition", "documentType", "summary", "publisher", "period", "published", "documentStatus", "revised", "revisionOf", "source", "coverageAreaId", "pages", "actors", "levels", "sections", "actions", "indicators", "evaluations", "evaluationScale", "areas"],
          "additionalProperties": false,
          "properties": {
            "$schema": { "type": "string", "description": "The address of this schema." },
            "formatVersion": { "const": 3 },
            "slug": { "$ref": "#/$defs/id" },
            "title": { "$ref": "#/$defs/text" },
            "subtitle": { "$ref": "#/$defs/optionalText" },
            "edition": { "$ref": "#/$defs/optionalText", "description": "第4期 / 4th term: the plan's own counter word." },
            "documentType": { "$ref": "#/$defs/optionalText", "description": "概要版 / summary edition, 中間見直し版 / mid-term review edition." },
            "summary": { "$ref": "#/$defs/optionalText" },
            "publisher": {
              "type": "object",
              "required": ["id", "name", "municipality", "localGovernmentCode"],
              "additionalProperties": false,
              "properties": {
                "id": { "$ref": "#/$defs/id" },
                "name": { "$ref": "#/$defs/text" },
                "municipality": { "$ref": "#/$defs/text" },
                "localGovernmentCode": {
                  "description": "全国地方公共団体コード: six digits with the check digit, as a string (it may start with 0).",
                  "anyOf": [{ "type": "string", "pattern": "^[0-9]{6}$" }, { "type": "null" }]
                }
              }
            },
            "period": {
              "type": ["object", "null"],
              "description": "The plan period; null when the source does not give it.",
              "description": "The plan period in Western fiscal years, both ends included.",
              "required": ["start", "end"],
              "additionalProperties": false,
              "properties": {
                "start": { "$ref": "#/$defs/fiscalYear" },
                "end": { "$ref": "#/$defs/fiscalYear" }
              }
            },
            "published": { "anyOf": [{ "$ref": "#/$defs/isoDate" }, { "type": "null" }], "description": "Null when the source does not give it." },
            "documentStatus": { "enum": ["final", "draft", "excerpt"], "description": "The final plan, a draft, or an excerpt of the plan." },
            "revised": { "anyOf": [{ "$ref": "#/$defs/isoDate" }, { "type": "null" }] },
            "revisionOf": { "$ref": "#/$defs/optionalId", "description": "The slug of the plan this document revises." },
            "source": {
              "description": "The document the plan's pages are made from, or null.",
              "anyOf": [
                {
                  "type": "object",
                  "required": ["title", "url", "publisher", "date", "pages", "format", "size"],
                  "additionalProperties": false,
                  "properties": {
                    "title": { "$ref": "#/$defs/text" },
                    "url": { "type": ["string", "null"] },
                    "publisher": { "$ref": "#/$defs/optionalText" },
                    "date": { "anyOf": [{ "$ref": "#/$defs/isoDate" }, { "type": "null" }] },
                    "pages": { "type": ["integer", "null"], "minimum": 1 },
                    "format": { "type": ["string", "null"] },
                    "size": { "type": ["string", "null"] }
                  }
                },
                { "type": "null" }
              ]
            },
            "coverageAreaId": { "$ref": "#/$defs/id" },
            "pages": {
              "type": "object",
              "description": "The plan's page on this site in each language.",
              "required": ["ja", "en"],
              "additionalProperties": false,
              "properties": {
                "ja": { "type": "string", "minLength": 1 },
                "en": { "type": "string", "minLength": 1 }
              }
            },
            "actors": {
              "type": "array",
              "description": "Who acts in the plan, as it names them (residents, community, city; self-help, mutual aid…); sections and actions say what each does in roles.",
              "items": {
                "type": "object",
                "required": ["id", "name"],
                "additionalProperties": false,
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "name": { "$ref": "#/$defs/text" }
                }
              }
            },
            "levels": {
              "type": "array",
              "description": "The levels of the plan's structure above its actions, from the top, as the plan names them (basic goal, pillar, measure…).",
              "items": {
                "type": "object",
                "required": ["id", "name", "heading"],
                "additionalProperties": false,
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "name": { "$ref": "#/$defs/text" },
                  "heading": { "$ref": "#/$defs/optionalText" }
                }
              }
            },
            "sections": {
              "type": "array",
              "description": "Every section of every level in the plan's order; parentId names the section of a higher level it belongs to (null at the top or when the plan does not say).",
              "items": {
                "type": "object",
                "required": ["id", "level", "number", "parentId", "title", "description", "roles", "programmes", "notes"],
                "additionalProperties": false,
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "level": { "$ref": "#/$defs/id" },
                  "number": { "type": "string" },
                  "parentId": { "$ref": "#/$defs/optionalId" },
                  "title": { "$ref": "#/$defs/text" },
                  "description": { "$ref": "#/$defs/optionalText" },
                  "roles": { "$ref": "#/$defs/roles" },
                  "programmes": { "$ref": "#/$defs/programmes" },
                  "notes": { "$ref": "#/$defs/notes" }
                }
              }
            },
            "actions": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "number", "title", "description", "sectionId", "flags", "areas", "change", "indicators", "roles", "programmes", "notes"],
                "additionalProperties": false,
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "number": { "type": "string" },
                  "title": { "$ref": "#/$defs/text" },
                  "description": { "$ref": "#/$defs/optionalText" },
                  "sectionId": { "$ref": "#/$defs/optionalId" },
                  "flags": { "type": "array", "items": { "enum": ["priority", "new", "revised", "ended"] } },
                  "areas": { "type": "array", "items": { "$ref": "#/$defs/id" } },
                  "change": {
                    "anyOf": [
                      {
                        "type": "object",
                        "required": ["summary", "reason", "mainPlanPage", "revisedText"],
                        "additionalProperties": false,
                        "properties": {
                          "summary": { "$ref": "#/$defs/text" },
                          "reason": { "$ref": "#/$defs/text" },
                          "mainPlanPage": { "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "null" }] },
                          "revisedText": { "$ref": "#/$defs/optionalText" }
                        }
                      },
                      { "type": "null" }
                    ]
                  },
                  "indicators": { "type": "array", "items": { "$ref": "#/$defs/id" } },
                  "roles": { "$ref": "#/$defs/roles" },
                  "programmes": { "$ref": "#/$defs/programmes" },
                  "notes": { "$ref": "#/$defs/notes" }
                }
              }
            },
            "indicators": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "actionId", "name", "scope", "unit", "measures"],
                "additionalProperties": false,
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "actionId": { "$ref": "#/$defs/id" },
                  "name": { "$ref": "#/$defs/text" },
                  "scope": { "$ref": "#/$defs/optionalText" },
                  "unit": { "$ref": "#/$defs/optionalText" },
                  "measures": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": ["number", "label", "baseline", "targets", "actuals"],
                      "additionalProperties": false,
                      "properties": {
                        "number": { "type": "integer", "minimum": 1 },
                        "label": { "$ref": "#/$defs/text" },
                        "baseline": { "anyOf": [{ "$ref": "#/$defs/value" }, { "type": "null" }] },
                        "targets": { "type": "array", "items": { "$ref": "#/$defs/yearValue" } },
                        "actuals": { "type": "array", "items": { "$ref": "#/$defs/yearValue" } }
                      }
                    }
                  }
                }
              }
            },
            "evaluations": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["actionId", "fiscalYear", "mark", "label"],
                "additionalProperties": false,
                "properties": {
                  "actionId": { "$ref": "#/$defs/id" },
                  "fiscalYear": { "$ref": "#/$defs/fiscalYear" },
                  "mark": { "type": "string", "minLength": 1 },
                  "label": { "$ref": "#/$defs/optionalText" }
                }
              }
            },
            "evaluationScale": {
              "anyOf": [
                {
                  "type": "object",
                  "required": ["title", "marks"],
                  "additionalProperties": false,
                  "properties": {
                    "title": { "$ref": "#/$defs/optionalText" },
                    "marks": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": ["mark", "label", "definition"],
                        "additionalProperties": false,
                        "properties": {
                          "mark": { "type": "string", "minLength": 1 },
                          "label": { "$ref": "#/$defs/text" },
                          "definition": { "$ref": "#/$defs/optionalText" }
                        }
                      }
                    }
                  }
                },
                { "type": "null" }
              ]
            },
            "areas": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["id", "name", "layer", "parentId", "organisationId", "coverage", "districtPlan", "actionCount"],
                "additionalProperties": false,
                "properties": {
                  "id": { "$ref": "#/$defs/id" },
                  "name": { "$ref": "#/$defs/optionalText" },
                  "layer": {
                    "anyOf": [
                      { "enum": ["whole-city", "community-area", "junior-high-school-district", "elementary-school-district", "branch", "district", "neighbourhood-association"] },
                      { "type": "null" }
                    ]
                  },
                  "parentId": { "$ref": "#/$defs/optionalId" },
                  "organisationId": { "$ref": "#/$defs/optionalId" },
                  "coverage": { "type": "boolean" },
                  "districtPlan": { "type": "boolean" },
                  "actionCount": { "type": "integer", "minimum": 0 }
                }
              }
            }
          },
          "$defs": {
            "roles": {
              "type": "array",
              "description": "What each of the plan's actors does here, in the order of the plan's actors.",
              "items": {
                "type": "object",
                "required": ["actorId", "does"],
                "additionalProperties": false,
                "properties": {
                  "actorId": { "$ref": "#/$defs/id" },
                  "does": { "type": "array", "items": { "$ref": "#/$defs/text" } }
                }
              }
            },
            "programmes": {
              "type": "array",
              "description": "Programmes listed here (参考事業・具体的事業), with who runs them and when.",
              "items": {
                "type": "object",
                "required": ["name", "runBy", "timing", "note"],
                "additionalProperties": false,
                "properties": {
                  "name": { "$ref": "#/$defs/text" },
                  "runBy": { "$ref": "#/$defs/optionalText" },
                  "timing": { "$ref": "#/$defs/optionalText" },
                  "note": { "$ref": "#/$defs/optionalText" }
                }
              }
            },
            "notes": {
              "type": "array",
              "description": "Notes (※) and columns (コラム) that belong here; bodies may hold Markdown paragraphs and lists.",
              "items": {
                "type": "object",
                "required": ["kind", "title", "body"],
                "additionalProperties": false,
                "properties": {
                  "kind": { "enum": ["note", "column"] },
                  "title": { "$ref": "#/$defs/optionalText" },
                  "body": { "$ref": "#/$defs/text" }
                }
              }
            },
            "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,79}$" },
            "optionalId": { "anyOf": [{ "$ref": "#/$defs/id" }, { "type": "null" }] },
            "text": {
              "type": "object",
              "description": "A text in Japanese (the language of record) and English (null when not translated).",
              "required": ["ja", "en"],
              "additionalProperties": false,
              "properties": {
                "ja": { "type": "string" },
                "en": { "type": ["string", "null"] }
              }
            },
            "optionalText": { "anyOf": [{ "$ref": "#/$defs/text" }, { "type": "null" }] },
            "fiscalYear": { "type": "integer", "minimum": 1900, "description": "A Western fiscal year: 2022 is FY2022, 令和4年度." },
            "isoDate": { "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "description": "ISO 8601 with only the parts the source gives: 2019, 2019-05 or 2019-05-31." },
            "value": {
              "description": "A number (as precise as written) or a translated text.",
              "anyOf": [{ "type": "number" }, { "$ref": "#/$defs/text" }]
            },
            "yearValue": {
              "type": "object",
              "required": ["fiscalYear", "value"],
              "additionalProperties": false,
              "properties": {
                "fiscalYear": { "$ref": "#/$defs/fiscalYear" },
                "value": { "$ref": "#/$defs/value" }
              }
            }
          }
        }

        """;
}
