using System.Text.Json;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

/// <summary>
/// The filter of a plan's actions (assets/filter.js). The expected numbers are read from the plan's
/// own content file, so they follow the content: flag=priority on the Chiba plan shows exactly its
/// priority actions, the address carries the choice (reload and back restore it), the keyboard alone
/// is enough, the status line says how many are shown, and without JavaScript every action is listed.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class FilterTests(SiteFixture site)
{
    private const string Chiba = "/ja/plans/chiba-7th/";

    /// <summary>The actions of content/plans/&lt;slug&gt;/index.md: id, direction and flags, straight from its YAML.</summary>
    private static List<(string Id, string? Direction, string[] Flags, string[] Areas)> ActionsOf(string slug)
    {
        var text = File.ReadAllText(Path.Combine(SiteFixture.RepositoryRoot, "content", "plans", slug, "index.md")).Replace("\r\n", "\n");
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        static string[] Words(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode list
                ? list.Children.Select(c => ((YamlScalarNode)c).Value!).ToArray() : [];
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("actions")]).Children.Cast<YamlMappingNode>()
            .Select(a => (
                ((YamlScalarNode)a.Children[new YamlScalarNode("id")]).Value!,
                a.Children.TryGetValue(new YamlScalarNode("section"), out var d) ? ((YamlScalarNode)d).Value : null,
                Words(a, "flags"),
                Words(a, "areas")))
            .ToList();
    }

    /// <summary>"{0} of {1} actions shown" in the page's language, from the UI strings.</summary>
    private static string StatusText(string language, int shown, int total)
    {
        using var strings = JsonDocument.Parse(File.ReadAllText(Path.Combine(SiteFixture.RepositoryRoot, "src", "SiteGen", "I18n", "Strings", language + ".json")));
        return strings.RootElement.GetProperty("filterShown").GetString()!.Replace("{0}", shown.ToString()).Replace("{1}", total.ToString());
    }

    private static async Task<List<string>> VisibleActionIds(IPage page) =>
        (await page.Locator("#actions li.action:visible").EvaluateAllAsync<string[]>("items => items.map(i => i.id)")).ToList();

    private static List<string> Ids(IEnumerable<(string Id, string? Direction, string[] Flags, string[] Areas)> actions) =>
        actions.Select(a => "action-" + a.Id).ToList();

    private static async Task AssertPriorityOnly(IPage page, List<(string Id, string? Direction, string[] Flags, string[] Areas)> actions)
    {
        var priority = actions.Where(a => a.Flags.Contains("priority")).ToList();
        Assert.NotEmpty(priority);
        Assert.True(priority.Count < actions.Count, "the test needs a plan with some actions that are not priority");
        Assert.Equal(Ids(priority), await VisibleActionIds(page));
        await Expect(page.Locator("#actions [role=status]")).ToHaveTextAsync(StatusText("ja", priority.Count, actions.Count));
        await Expect(page.Locator("#filter-flag")).ToHaveValueAsync("priority");
        Assert.Contains("flag=priority", new Uri(page.Url).Query);
        // A policy direction left without a shown action is hidden with it; the others stay.
        foreach (var direction in actions.Select(a => a.Direction).Distinct())
        {
            var section = page.Locator($"#section-{direction}");
            if (priority.Any(a => a.Direction == direction)) await Expect(section).ToBeVisibleAsync();
            else await Expect(section).ToBeHiddenAsync();
        }
    }

    [Fact]
    public async Task Filtering_by_priority_shows_exactly_the_priority_actions_and_puts_the_choice_in_the_address()
    {
        var actions = ActionsOf("chiba-7th");
        var page = await site.OpenAsync(Chiba);
        await Expect(page.Locator("#actions form.filter")).ToBeVisibleAsync();
        await Expect(page.Locator("#actions [role=status]")).ToHaveTextAsync(StatusText("ja", actions.Count, actions.Count));
        Assert.Equal(Ids(actions), await VisibleActionIds(page));

        await page.Locator("#filter-flag").SelectOptionAsync("priority");
        await AssertPriorityOnly(page, actions);

        // Reloading the address restores the filter.
        await page.ReloadAsync();
        await AssertPriorityOnly(page, actions);

        // So does opening the shared address in a fresh browser context.
        var shared = await site.OpenAsync(Chiba + "?flag=priority");
        await AssertPriorityOnly(shared, actions);
        await shared.Context.CloseAsync();

        // Leaving the page and coming back restores it too.
        await Task.WhenAll(page.WaitForURLAsync(url => !url.Contains("/plans/chiba-7th/", StringComparison.Ordinal)), page.Locator(".breadcrumbs a").First.ClickAsync());
        await page.GoBackAsync();
        await AssertPriorityOnly(page, actions);

        // "Show all" clears the filter and the address.
        await page.Locator("#actions form.filter button[type=reset]").ClickAsync();
        await Expect(page.Locator("#actions [role=status]")).ToHaveTextAsync(StatusText("ja", actions.Count, actions.Count));
        Assert.Equal(Ids(actions), await VisibleActionIds(page));
        Assert.DoesNotContain("flag=", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_overview_tile_of_a_flag_opens_the_actions_filtered_to_it()
    {
        var actions = ActionsOf("chiba-7th");
        var page = await site.OpenAsync(Chiba);
        await Task.WhenAll(page.WaitForURLAsync(url => url.Contains("flag=priority", StringComparison.Ordinal)),
            page.Locator(".overview__counts a[href*='flag=priority']").ClickAsync());
        await AssertPriorityOnly(page, actions);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_filter_works_with_the_keyboard_alone()
    {
        var actions = ActionsOf("chiba-7th");
        var page = await site.OpenAsync(Chiba);
        await Expect(page.Locator("#actions form.filter")).ToBeVisibleAsync();
        var status = page.Locator("#actions [role=status]");
        await Expect(status).ToHaveTextAsync(StatusText("ja", actions.Count, actions.Count));

        // Tab from the section heading's neighbourhood until the flag select has the focus.
        await page.Locator("#actions details.legend summary").FocusAsync();
        var reached = false;
        for (var i = 0; i < 10 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'filter-flag'");
        }
        Assert.True(reached, "Tab never reached the flag filter");

        // The first option after "all" is "priority": one arrow key chooses it.
        await page.Keyboard.PressAsync("ArrowDown");
        await AssertPriorityOnly(page, actions);
        await Expect(page.Locator("#filter-flag")).ToBeFocusedAsync();

        // The live region follows every change.
        await page.Keyboard.PressAsync("ArrowDown");
        var newActions = actions.Count(a => a.Flags.Contains("new"));
        await Expect(status).ToHaveTextAsync(StatusText("ja", newActions, actions.Count));
        Assert.Contains("flag=new", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filtering_by_area_shows_the_actions_of_that_area()
    {
        var actions = ActionsOf("kashiwa-4th-midterm");
        var inShintomi = actions.Where(a => a.Areas.Contains("shintomi")).ToList();
        Assert.NotEmpty(inShintomi);
        var page = await site.OpenAsync("/en/plans/kashiwa-4th-midterm/?area=shintomi");
        await Expect(page.Locator("#filter-area")).ToHaveValueAsync("shintomi");
        Assert.Equal(Ids(inShintomi), await VisibleActionIds(page));
        await Expect(page.Locator("#actions [role=status]")).ToHaveTextAsync(StatusText("en", inShintomi.Count, actions.Count));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_every_action_is_shown_and_the_filter_is_not()
    {
        var actions = ActionsOf("chiba-7th");
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        // Even an address with a filter in it lists everything: nothing is filtered without the script.
        await page.GotoAsync(site.Server.BaseUrl + Chiba + "?flag=priority");
        Assert.Equal(Ids(actions), await VisibleActionIds(page));
        await Expect(page.Locator("#actions form.filter")).ToBeHiddenAsync();
        await Expect(page.Locator("#actions section.section[data-action-group]:visible")).ToHaveCountAsync(actions.Select(a => a.Direction).Distinct().Count());
        await context.CloseAsync();
    }
}
