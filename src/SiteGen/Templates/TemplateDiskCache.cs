using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;

namespace SiteGen.Templates;

/// <summary>What a renderer's template cache did: how many templates Roslyn compiled, how many came from disk.</summary>
public sealed class TemplateCacheStats
{
    private int _compiled, _loaded, _stored, _builtIn;

    /// <summary>Templates compiled by Roslyn in this renderer (successful compiles only).</summary>
    public int Compiled => Volatile.Read(ref _compiled);

    /// <summary>Templates loaded from the disk cache instead of being compiled.</summary>
    public int LoadedFromDisk => Volatile.Read(ref _loaded);

    /// <summary>Compiled templates written to the disk cache.</summary>
    public int Stored => Volatile.Read(ref _stored);

    /// <summary>Templates whose class was compiled into the program with the built-in theme (<see cref="BuiltInTemplates"/>).</summary>
    public int BuiltIn => Volatile.Read(ref _builtIn);

    internal void CountCompiled() => Interlocked.Increment(ref _compiled);
    internal void CountLoaded() => Interlocked.Increment(ref _loaded);
    internal void CountStored() => Interlocked.Increment(ref _stored);
    internal void CountBuiltIn() => Interlocked.Increment(ref _builtIn);
}

/// <summary>
/// RazorLight's template cache, backed by a folder of compiled template assemblies, so that a new
/// process does not compile an unchanged theme again (the Roslyn compile is most of a cold start).
/// <para>
/// It plugs into RazorLight's own extension points: the engine asks its <see cref="ICachingProvider"/>
/// before it compiles (a hit here skips both the Razor code generation and Roslyn), and hands the
/// emitted bytes of every successful compile to an <see cref="IPrecompileCallback"/>, which is where
/// they are saved. A compile that fails never reaches the callback, so errors are never cached.
/// </para>
/// <para>
/// An entry's name is the SHA-256 of everything the compiled code depends on: the template's key and
/// text, the text of _ViewImports.cshtml, and the exact program (SiteGen's and the entry assembly's
/// module version ids, RazorLight's version, the runtime). A theme overrides templates one by one, so
/// each template is its own entry: editing one template recompiles that one only.
/// </para>
/// The disk is only ever an optimisation: an entry that cannot be read, fails its checksum or does not
/// load is compiled again, and a folder that cannot be written is simply not written to.
/// </summary>
internal sealed class TemplateDiskCache : ICachingProvider, IPrecompileCallback
{
    private const string ImportsKey = "_ViewImports.cshtml";
    private const string Extension = ".template";
    /// <summary>File header; bump the digit when the file layout or the key recipe changes.</summary>
    private static readonly byte[] Magic = "SGTPL01\n"u8.ToArray();
    private const int HashLength = 32;
    /// <summary>Entries not used for this long are deleted when a new one is written (every program version leaves a set behind).</summary>
    private static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    private static readonly Lazy<byte[]> ProgramIdentity = new(ComputeProgramIdentity);
    private static int _pruned;

    private readonly MemoryCachingProvider _memory = new();
    private readonly ThemeProject _project;
    private readonly string? _folder;
    private readonly Lazy<string> _imports;
    private readonly bool _builtIn;
    private volatile bool _writable = true;

    /// <param name="builtIn">Whether templates the program has compiled in (<see cref="BuiltInTemplates"/>) are used; off, every template is compiled or loaded from the folder.</param>
    public TemplateDiskCache(ThemeProject project, string? folder, bool builtIn = true)
    {
        _project = project;
        _folder = folder;
        _builtIn = builtIn;
        _imports = new Lazy<string>(() => project.Read(ImportsKey) ?? "");
    }

    public TemplateCacheStats Stats { get; } = new();

    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        var cached = _memory.RetrieveTemplate(key);
        if (cached.Success) return cached;
        var factory = (_builtIn ? BuiltIn(key) : null) ?? (_folder is null ? null : TryLoad(key));
        if (factory is null) return cached;
        _memory.CacheTemplate(key, factory, null);
        return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
    }

    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken? expirationToken = null) =>
        _memory.CacheTemplate(key, pageFactory, expirationToken);

    public bool Contains(string key) => _memory.Contains(key);

    public void Remove(string key) => _memory.Remove(key);

    /// <summary>Called by RazorLight after every successful Roslyn emit, before the assembly is loaded.</summary>
    public void Invoke(IGeneratedRazorTemplate razorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        Stats.CountCompiled();
        if (_folder is null || !_writable) return;
        // This runs inside RazorLight's compile: anything thrown here would turn a good compile into a
        // reported template error, so no failure of the cache may escape.
        try
        {
            // The text that was compiled, not a fresh read of the theme folder, so an edit racing the
            // compile cannot file old code under the new text's key.
            string source;
            using (var reader = new StreamReader(razorTemplate.ProjectItem.Read(), Encoding.UTF8))
                source = reader.ReadToEnd();
            Write(EntryPath(ThemeProject.Normalise(razorTemplate.ProjectItem.Key), source), rawAssembly);
            Stats.CountStored();
            PruneOnce();
        }
        catch (Exception)
        {
            _writable = false; // e.g. a read-only or full disk: compile in memory from now on
        }
    }

    /// <summary>The class compiled into the program for <paramref name="key"/>, while the theme's text of it is the one it was compiled from.</summary>
    private Func<ITemplatePage>? BuiltIn(string key)
    {
        var normalised = ThemeProject.Normalise(key);
        if (_project.Read(normalised) is not { } source) return null;
        if (BuiltInTemplates.Find(normalised, _imports.Value, source) is not { } create) return null;
        Stats.CountBuiltIn();
        return () =>
        {
            var page = create();
            page.Key = normalised;
            return page;
        };
    }

    // The trimming analysis cannot see that this is for a JIT program only (it returns first in a native build,
    // the only trimmed one), whose template assemblies were compiled against the untrimmed program.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "not reached in a native build; SiteGen is never published trimmed otherwise")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "not reached in a native build; SiteGen is never published trimmed otherwise")]
    private Func<ITemplatePage>? TryLoad(string key)
    {
        // A native build (compiled ahead of time) cannot load an assembly; it never compiled one to cache either.
        if (!RuntimeFeature.IsDynamicCodeSupported) return null;
        try
        {
            var normalised = ThemeProject.Normalise(key);
            if (_project.Read(normalised) is not { } source) return null; // RazorLight reports the missing template
            var path = EntryPath(normalised, source);
            if (!File.Exists(path)) return null;
            if (Payload(File.ReadAllBytes(path)) is not { } image) return null;

            var assembly = Assembly.Load(image);
            var attribute = assembly.GetCustomAttribute<RazorLightTemplateAttribute>();
            if (attribute is null || attribute.Key != normalised || !typeof(ITemplatePage).IsAssignableFrom(attribute.TemplateType)) return null;
            var type = attribute.TemplateType;
            // What TemplateFactoryProvider builds, without compiling an expression tree per template at start-up.
            Func<ITemplatePage> factory = () =>
            {
                var page = (ITemplatePage)Activator.CreateInstance(type)!;
                page.Key = normalised;
                return page;
            };
            _ = factory(); // the type must construct here, not halfway through rendering a page
            Stats.CountLoaded();
            Touch(path);
            return factory;
        }
        catch (Exception)
        {
            return null; // unreadable or unloadable: compile it as if there were no cache
        }
    }

    private string EntryPath(string normalisedKey, string source)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(ProgramIdentity.Value);
        Span<byte> length = stackalloc byte[8];
        foreach (var part in new[] { normalisedKey, source, _imports.Value })
        {
            // Length-prefixed, so that no two different (key, text, imports) run together into the same bytes.
            var bytes = Encoding.UTF8.GetBytes(part);
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return Path.Combine(_folder!, Convert.ToHexStringLower(hash.GetHashAndReset()) + Extension);
    }

    /// <summary>
    /// The program the compiled code belongs to. The module version ids change with every build of the
    /// code (builds are deterministic, so an unchanged program keeps its cache); the entry assembly is the
    /// one RazorLight compiles against (its references, Debug or Release).
    /// </summary>
    private static byte[] ComputeProgramIdentity()
    {
        var razorLight = typeof(RazorLightEngine).Assembly;
        var text = string.Join("\n",
            "sitegen-template-cache/1",
            typeof(ThemeProject).Assembly.ManifestModule.ModuleVersionId,
            Assembly.GetEntryAssembly()?.ManifestModule.ModuleVersionId.ToString() ?? "-",
            razorLight.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? razorLight.FullName,
            razorLight.ManifestModule.ModuleVersionId,
            RuntimeInformation.FrameworkDescription);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The assembly image in a cache file, or null when the file is not one of ours or is damaged.</summary>
    private static byte[]? Payload(byte[] file)
    {
        var header = Magic.Length + HashLength;
        if (file.Length <= header || !file.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
        var image = file.AsSpan(header);
        if (!SHA256.HashData(image).AsSpan().SequenceEqual(file.AsSpan(Magic.Length, HashLength))) return null;
        return image.ToArray();
    }

    /// <summary>Writes to a temporary file and renames it, so no reader ever sees half an entry.</summary>
    private static void Write(string path, byte[] image)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(Magic);
                stream.Write(SHA256.HashData(image));
                stream.Write(image);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }

    /// <summary>Marks an entry as used (at most daily), so pruning keeps what is in use.</summary>
    private static void Touch(string path)
    {
        try
        {
            var now = DateTime.UtcNow;
            if (now - File.GetLastWriteTimeUtc(path) > TimeSpan.FromDays(1)) File.SetLastWriteTimeUtc(path, now);
        }
        catch (Exception) { } // a read-only cache still serves its entries
    }

    /// <summary>Deletes entries unused for 30 days and stray temporary files, once per process, only when something was compiled anyway.</summary>
    private void PruneOnce()
    {
        if (Interlocked.Exchange(ref _pruned, 1) == 1) return;
        var cutoff = DateTime.UtcNow - Unused;
        foreach (var file in Directory.EnumerateFiles(_folder!))
        {
            try
            {
                var stale = file.EndsWith(".tmp", StringComparison.Ordinal) ? DateTime.UtcNow - TimeSpan.FromDays(1) : cutoff;
                if ((file.EndsWith(Extension, StringComparison.Ordinal) || file.EndsWith(".tmp", StringComparison.Ordinal))
                    && File.GetLastWriteTimeUtc(file) < stale)
                    File.Delete(file);
            }
            catch (Exception) { } // another process may have removed it first
        }
    }
}

/// <summary>Where compiled templates are cached between runs: <c>templates</c> in the cache folder (<see cref="Caching.Caches"/>).</summary>
public static class TemplateCacheFolder
{
    /// <summary>The kind of kept file, and its folder in the cache folder.</summary>
    public const string Kind = "templates";

    /// <summary><c>$SITEGEN_CACHE/templates</c>, else <c>$XDG_CACHE_HOME/sitegen/templates</c>, else <c>~/.cache/sitegen/templates</c>.</summary>
    public static string? Resolve(Func<string, string?> environment, string? home) =>
        Caching.CacheFolder.Resolve(environment, home) is { } root ? Path.Combine(root, Kind) : null;
}
