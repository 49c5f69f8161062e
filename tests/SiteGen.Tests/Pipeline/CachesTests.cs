using SiteGen.Caching;
using SiteGen.Content.Yaml;
using SiteGen.Pipeline;
using SiteGen.Publish;
using SiteGen.Templates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>
/// One switch for everything kept: `--no-cache` reads and writes nothing in the cache folder, a `serve`
/// session without caches rebuilds everything, and the site is the same bytes with or without them.
/// </summary>
public sealed class CachesTests : IDisposable
{
    private readonly TestSite _site = TestSite.WithOnePlan();
    private readonly TempFolder _temp = new();

    public void Dispose()
    {
        _site.Dispose();
        _temp.Dispose();
    }

    private string ContentFolder => Path.Combine(_site.Root, "content");

    private CliResult Build(string output, params string[] more) =>
        TestCli.Run(["build", "--config", _site.ConfigPath, "--output", output, "--as-of", "2026-12-06", .. more]);

    [Fact]
    public void Build_with_no_cache_keeps_nothing_in_the_cache_folder_and_writes_the_same_site()
    {
        var uncached = _temp.Sub("uncached");
        var first = Build(uncached, "--no-cache");
        Assert.Equal(0, first.ExitCode);
        Assert.False(File.Exists(YamlTreeCache.FileFor(TestCache.Folder, ContentFolder)), "the YAML trees were kept");
        Assert.False(File.Exists(PageFactsCache.FileFor(TestCache.Folder, uncached)), "the page facts were kept");

        // The same site with the caches on: the first build fills them, the second into the same folder reads them.
        var cached = _temp.Sub("cached");
        Assert.Equal(0, Build(cached).ExitCode);
        Assert.True(File.Exists(YamlTreeCache.FileFor(TestCache.Folder, ContentFolder)));
        Assert.True(File.Exists(PageFactsCache.FileFor(TestCache.Folder, cached)));
        var again = Build(cached, "--timings");
        Assert.Equal(0, again.ExitCode);
        // No front matter was parsed again: each was read directly or its tree came from the cache.
        Assert.Matches(@"yaml\s+(\d+)/\1, [1-9]\d* direct", again.Stdout);

        Files.AssertIdentical(Files.Snapshot(uncached), Files.Snapshot(cached));
    }

    [Fact]
    public void Check_with_no_cache_keeps_no_yaml_trees()
    {
        Assert.Equal(0, TestCli.Run("check", "--config", _site.ConfigPath, "--no-cache").ExitCode);
        Assert.False(File.Exists(YamlTreeCache.FileFor(TestCache.Folder, ContentFolder)));
        Assert.Equal(0, TestCli.Run("check", "--config", _site.ConfigPath).ExitCode);
        Assert.True(File.Exists(YamlTreeCache.FileFor(TestCache.Folder, ContentFolder)));
    }

    [Fact]
    public void A_session_without_caches_renders_every_page_at_every_save()
    {
        var kept = new BuildSession(Caches.InFolder(_temp.Sub("cache")));
        var off = new BuildSession(Caches.Off);
        var first = _site.BuildIn(off);
        Assert.True(first.Written);
        Assert.Equal(first.Pages, _site.BuildIn(off).Pages);

        Assert.True(_site.BuildIn(kept).Written);
        Assert.True(_site.BuildIn(kept).Pages < first.Pages, "a session with caches renders only what changed");
    }

    [Fact]
    public void Caches_off_keep_no_session_store_and_no_template_folder()
    {
        Assert.Null(Caches.Off.ForSession().Kept<PipelineProbe>());
        Assert.Null(Caches.Off.FolderOf(TemplateCacheFolder.Kind));
        Assert.Null(Caches.InFolder(_temp.Sub("cache")).Kept<PipelineProbe>()); // a one-off run has no session

        var session = Caches.InFolder(_temp.Sub("cache")).ForSession();
        Assert.Same(session.Kept<PipelineProbe>(), session.Kept<PipelineProbe>());
        Assert.Equal(Path.Combine(_temp.Sub("cache"), "templates"), session.FolderOf(TemplateCacheFolder.Kind));
    }

    [Fact]
    public void Templates_are_compiled_into_the_cache_folder_only_with_caches_on()
    {
        Assert.Null(TemplateRendererCache.For(null, Caches.Off).CacheFolder);
        Assert.NotSame(TemplateRendererCache.For(null, Caches.Off), TemplateRendererCache.For(null, Caches.Off));

        var on = Caches.InFolder(_temp.Sub("cache"));
        Assert.Equal(Path.Combine(_temp.Sub("cache"), "templates"), TemplateRendererCache.For(null, on).CacheFolder);
        Assert.Same(TemplateRendererCache.For(null, on), TemplateRendererCache.For(null, on));
    }

    private sealed class PipelineProbe;
}
