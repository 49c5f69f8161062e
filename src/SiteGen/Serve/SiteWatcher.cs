namespace SiteGen.Serve;

/// <summary>
/// Watches the site's sources (content folder, theme folder, config file) and reports every change of
/// a file that matters. Editor droppings (hidden files, backups, swap files) and the output folder are ignored.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly Action<string> _changed;
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private string? _ignoredOutput;

    public SiteWatcher(Action<string> changed) => _changed = changed;

    /// <summary>What to watch now: called after every build, so a folder that appears (a new theme) gets watched.</summary>
    public void Watch(string configFile, string? contentFolder, string? themeFolder, string? outputFolder)
    {
        _ignoredOutput = outputFolder is null ? null : Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var wanted = new Dictionary<string, (string Folder, string Filter, bool Recursive)>(StringComparer.Ordinal)
        {
            ["config:" + configFile] = (Path.GetDirectoryName(configFile)!, Path.GetFileName(configFile), false),
        };
        if (contentFolder is not null && Directory.Exists(contentFolder)) wanted["folder:" + contentFolder] = (contentFolder, "", true);
        if (themeFolder is not null && Directory.Exists(themeFolder)) wanted["folder:" + themeFolder] = (themeFolder, "", true);

        lock (_watchers)
        {
            foreach (var key in _watchers.Keys.Except(wanted.Keys).ToList())
            {
                _watchers[key].Dispose();
                _watchers.Remove(key);
            }
            foreach (var (key, (folder, filter, recursive)) in wanted)
            {
                if (_watchers.ContainsKey(key)) continue;
                var watcher = new FileSystemWatcher(folder)
                {
                    Filter = filter,
                    IncludeSubdirectories = recursive,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    InternalBufferSize = 64 * 1024,
                };
                watcher.Changed += (_, e) => Report(folder, filter, e.FullPath);
                watcher.Created += (_, e) => Report(folder, filter, e.FullPath);
                watcher.Deleted += (_, e) => Report(folder, filter, e.FullPath);
                watcher.Renamed += (_, e) => { Report(folder, filter, e.OldFullPath); Report(folder, filter, e.FullPath); };
                // Too many changes at once: we lost track of which, so rebuild anyway.
                watcher.Error += (_, _) => _changed(folder);
                watcher.EnableRaisingEvents = true;
                _watchers[key] = watcher;
            }
        }
    }

    private void Report(string folder, string filter, string path)
    {
        // A rename onto the config file (how many editors save) also reports the temporary name it came from.
        if (filter.Length > 0 && Path.GetFileName(path) != filter) return;
        if (Ignored(folder, path)) return;
        _changed(path);
    }

    private bool Ignored(string folder, string path)
    {
        if (_ignoredOutput is { } output && (path + Path.DirectorySeparatorChar).StartsWith(output, StringComparison.Ordinal)) return true;
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name == "4913" ||
               name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase) ||
               name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.StartsWith("#", StringComparison.Ordinal) ||
               Path.GetRelativePath(folder, path).Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.') && segment is not "." and not "..");
    }

    public void Dispose()
    {
        lock (_watchers)
        {
            foreach (var watcher in _watchers.Values) watcher.Dispose();
            _watchers.Clear();
        }
    }
}
