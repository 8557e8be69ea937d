using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Humanitarian.ArchitectureTests;

/// <summary>
/// Every localization resource (found by globbing, so a new module is covered) has the same keys in
/// Vietnamese and English, and every key the code names literally exists in the resource it is looked
/// up in. A missing key shows the key itself to the user, so a typo in a page would otherwise go unseen.
/// </summary>
public sealed partial class Localization_Tests
{
    private static readonly string Root = FindRoot();

    private static readonly Lazy<Dictionary<string, Resource>> Resources = new(LoadResources);

    private static readonly Lazy<Dictionary<string, string>> ResourceClasses = new(FindResourceClasses);

    private static readonly Lazy<List<(string Name, ClassInfo Info)>> Classes = new(IndexClasses);

    private sealed record Resource(string Name, string Directory, Dictionary<string, HashSet<string>> KeysByCulture)
    {
        /// <summary>
        /// The framework's keys for ASP.NET Core's own validation messages are their English text
        /// ("The {0} field is required."): the English lookup falls back to the key, as intended.
        /// </summary>
        public static bool IsItsOwnEnglishText(string key) => key.Contains(' ');

        public bool Defines(string key) =>
            KeysByCulture.All(c => c.Value.Contains(key) || (c.Key == "en" && IsItsOwnEnglishText(key)));

        public IEnumerable<string> AllKeys => KeysByCulture.Values.SelectMany(k => k).Distinct();
    }

    /// <summary>A key the code looks up: where, in which resources (any of them may hold it), and what it is.</summary>
    private sealed record KeyUse(string File, int Line, IReadOnlyList<string> Resources, string Key, bool IsPrefix)
    {
        public override string ToString() =>
            $"{File}:{Line}: {(IsPrefix ? "a key starting with " : "")}\"{Key}\" in {string.Join(" or ", Resources)}";
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Humanitarian.abpsln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Humanitarian.abpsln not found above " + AppContext.BaseDirectory);
    }

    private static bool IsSource(string path) =>
        !Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar)
            .Any(part => part is "bin" or "obj" or "node_modules" or "wwwroot" || part.StartsWith('.'));

    private static IEnumerable<string> SourceFiles(params string[] patterns) =>
        new[] { "src", "modules" }.SelectMany(dir => patterns.SelectMany(p =>
            Directory.EnumerateFiles(Path.Combine(Root, dir), p, SearchOption.AllDirectories))).Where(IsSource);

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>Every <c>Localization/&lt;Name&gt;/&lt;culture&gt;.json</c> of src/ and modules/.</summary>
    private static Dictionary<string, Resource> LoadResources()
    {
        var resources = new Dictionary<string, Resource>();
        foreach (var file in SourceFiles("*.json").Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))) == "Localization"))
        {
            var directory = Path.GetDirectoryName(file)!;
            var name = Path.GetFileName(directory);
            var json = JsonNode.Parse(File.ReadAllText(file))!;
            var culture = Path.GetFileNameWithoutExtension(file);
            json["culture"]!.GetValue<string>().ShouldBe(culture, $"{Relative(file)} names another culture than its file name");
            if (!resources.TryGetValue(name, out var resource))
            {
                resources[name] = resource = new Resource(name, directory, []);
            }
            resource.Directory.ShouldBe(directory, $"two resources are named {name}");
            resource.KeysByCulture[culture] = json["texts"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        }
        return resources;
    }

    /// <summary>Resource class name → resource name, from <c>[LocalizationResourceName("X")] ... class XResource</c>.</summary>
    private static Dictionary<string, string> FindResourceClasses() =>
        SourceFiles("*.cs")
            .SelectMany(f => ResourceClassDeclaration().Matches(File.ReadAllText(f)))
            .ToDictionary(m => m.Groups["class"].Value, m => m.Groups["name"].Value);

    /// <summary>A class of the app: its base types, and what it says of its page's labels and resource.</summary>
    private sealed record ClassInfo(IReadOnlyList<string> Bases, string? LabelPrefix, string? ResourceClass);

    /// <summary>Every class of src/ and modules/ (page classes share names such as CreateModel; the base page models do not).</summary>
    private static List<(string Name, ClassInfo Info)> IndexClasses() =>
        SourceFiles("*.cs").SelectMany(f => DeclaredClasses(File.ReadAllText(f))).ToList();

    private static ClassInfo? ClassNamed(string name) => Classes.Value.FirstOrDefault(c => c.Name == name).Info;

    /// <summary>The classes a file declares; a <c>FieldLabelKey</c> override belongs to the file's first class.</summary>
    private static IEnumerable<(string Name, ClassInfo Info)> DeclaredClasses(string text)
    {
        var prefix = LabelKeyOverride().Match(text) is { Success: true } over ? over.Groups["prefix"].Value : null;
        var first = true;
        foreach (Match m in ClassDeclaration().Matches(text))
        {
            var bases = m.Groups["bases"].Value.Split(',').Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
            var resource = bases.Select(b => AbpPageModelOf().Match(b)).FirstOrDefault(r => r.Success)?.Groups["class"].Value;
            yield return (m.Groups["name"].Value,
                new ClassInfo(bases.Select(b => b.Split('<', '(')[0].Trim()).ToList(), first ? prefix : null, resource));
            first = false;
        }
    }

    /// <summary>
    /// The label prefix and resource class of a page: its own page model (the .cshtml.cs beside it) or, for a
    /// partial, the class of its <c>@model</c> (an interface: the class that implements it), up the base classes.
    /// </summary>
    private static (string LabelPrefix, string? ResourceClass) PageModelOf(string? pageModelText, string? modelType)
    {
        var start = pageModelText is not null
            ? DeclaredClasses(pageModelText).Select(c => c.Info).FirstOrDefault()
            : modelType is null ? null
            : ClassNamed(modelType) ?? Classes.Value.FirstOrDefault(c => c.Info.Bases.Contains(modelType)).Info;
        string? prefix = null, resource = null;
        for (var (info, depth) = (start, 0); info is not null && depth < 10; depth++)
        {
            prefix ??= info.LabelPrefix;
            resource ??= info.ResourceClass;
            info = info.Bases.Select(ClassNamed).FirstOrDefault(c => c is not null);
        }
        return (prefix ?? "Field:", resource);
    }

    /// <summary>The resource the file's unnamed localizers (<c>L</c>, <c>l</c>) use: its project's own, its module's, or the framework's.</summary>
    private static string? DefaultResourceOf(string file)
    {
        var resources = Resources.Value.Values;
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(file)!); dir is not null && dir.FullName.Length > Root.Length; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").Any())
            {
                // A project may also hold resources only its clients read (the host: ABP's Angular modules'); its own
                // is the one its name names (Humanitarian.Web: Humanitarian), or its only one.
                var held = resources.Where(r => r.Directory.StartsWith(dir.FullName + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
                var own = held.FirstOrDefault(r => dir.Name.Split('.').Contains(r.Name)) ?? (held.Count == 1 ? held[0] : null);
                if (own is not null)
                {
                    return own.Name;
                }
                if (dir.Name.StartsWith("Humanitarian.Framework", StringComparison.Ordinal))
                {
                    return "AbpFramework";
                }
            }
            if (dir.Parent?.Name == "modules" && dir.Parent.Parent?.FullName == Root)
            {
                return resources.FirstOrDefault(r => r.Directory.StartsWith(dir.FullName + Path.DirectorySeparatorChar, StringComparison.Ordinal))?.Name;
            }
        }
        return null;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>The keys a source file names literally, with the resources each is looked up in.</summary>
    private static List<KeyUse> FindKeyUses(string file, string text, string? pageModel = null)
    {
        var uses = new List<KeyUse>();
        var defaultResource = DefaultResourceOf(file);
        string? ResourceOfClass(string className) => ResourceClasses.Value.GetValueOrDefault(className);

        // Localizers the file names: parameters, fields, @inject, variables from GetRequiredService/GetLocalizer.
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in TypedLocalizerDeclaration().Matches(text))
        {
            if (ResourceOfClass(m.Groups["class"].Value) is { } resource)
            {
                declared[m.Groups["name"].Value] = resource;
            }
        }
        // A page model's L is its AbpPageModel<TResource>'s; a .cshtml's Model.Label/SetNotice use its page model's.
        var isPage = Path.GetExtension(file) == ".cshtml";
        var (labelPrefix, pageResourceClass) = isPage
            ? PageModelOf(pageModel, ModelDirective().Match(text) is { Success: true } model ? model.Groups["type"].Value.Split('.')[^1] : null)
            : PageModelOf(text, null);
        var pageResource = pageResourceClass is not null ? ResourceOfClass(pageResourceClass) ?? defaultResource : defaultResource;
        if (!isPage && pageResourceClass is not null && pageResource is not null)
        {
            declared.TryAdd("L", pageResource);
        }

        void Add(Match m, Group key, bool isPrefix, params string?[] resources)
        {
            var known = resources.Where(r => r is not null).Select(r => r!).Distinct().ToList();
            if (known.Count == 0)
            {
                known.Add("(no resource found for this file)");
            }
            uses.Add(new KeyUse(Relative(file), LineOf(text, m.Index), known, key.Value, isPrefix));
        }

        string? ResourceOfLocalizer(string name) =>
            declared.TryGetValue(name, out var resource) ? resource
            : name is "L" or "l" or "Localizer" or "_l" or "_localizer" or "localizer" ? defaultResource
            : null;

        foreach (Match m in LocalizerIndexer().Matches(text))
        {
            if (ResourceOfLocalizer(m.Groups["localizer"].Value) is { } resource)
            {
                Add(m, m.Groups["key"], isPrefix: false, resource);
            }
        }
        foreach (Match m in InterpolatedLocalizerIndexer().Matches(text))
        {
            if (ResourceOfLocalizer(m.Groups["localizer"].Value) is { } resource)
            {
                Add(m, m.Groups["key"], isPrefix: true, resource);
            }
        }
        foreach (Match m in InlineLocalizerIndexer().Matches(text))
        {
            Add(m, m.Groups["key"], isPrefix: false, ResourceOfClass(m.Groups["class"].Value));
        }
        foreach (Match m in LocalizerMethodIndexer().Matches(text))
        {
            Add(m, m.Groups["key"], isPrefix: false, defaultResource);
        }
        // Validation attributes and display names: the model assembly's resource, then the framework's.
        foreach (Match m in AttributeKey().Matches(text))
        {
            Add(m, m.Groups["key"], isPrefix: false, defaultResource, "AbpFramework");
        }
        foreach (Match m in PermissionDisplayName().Matches(text))
        {
            Add(m, m.Groups["key"], isPrefix: false, defaultResource);
        }
        foreach (Match m in NoticeKey().Matches(text))
        {
            Add(m, m.Groups["key"], isPrefix: false, pageResource);
        }
        if (isPage)
        {
            foreach (Match m in LabelCall().Matches(text))
            {
                uses.Add(new KeyUse(Relative(file), LineOf(text, m.Index), [pageResource ?? "(no resource found for this file)"],
                    labelPrefix + m.Groups["property"].Value, IsPrefix: false));
            }
        }
        return uses;
    }

    /// <summary>
    /// Business error codes whose texts are looked up: a code of a namespace mapped to a resource
    /// (<c>MapCodeNamespace("Organization", typeof(OrganizationResource))</c>) is its own key there, unless
    /// every use of it throws it with a message of its own (<c>new BusinessException(code, message)</c>).
    /// </summary>
    private static List<KeyUse> FindErrorCodeUses(IEnumerable<(string File, string Text)> files)
    {
        var sources = files.ToList();
        var mapped = sources.SelectMany(f => CodeNamespaceMapping().Matches(f.Text))
            .Select(m => (Namespace: m.Groups["ns"].Value, Resource: ResourceClasses.Value.GetValueOrDefault(m.Groups["class"].Value)))
            .Where(m => m.Resource is not null)
            .GroupBy(m => m.Namespace)
            .ToDictionary(g => g.Key, g => g.First().Resource!);
        var constants = sources.Where(f => f.File.EndsWith("ErrorCodes.cs", StringComparison.Ordinal))
            .SelectMany(f => CodeConstant().Matches(f.Text))
            .GroupBy(m => m.Groups["name"].Value)
            .ToDictionary(g => g.Key, g => g.First().Groups["code"].Value);
        var uses = new List<KeyUse>();
        foreach (var (file, text) in sources)
        {
            // Where a code goes with a message of its own: the first argument of a throw with two or more.
            var withMessage = BusinessExceptionCall().Matches(text)
                .Select(m => (Start: m.Index + m.Length, Arguments: TopLevelArguments(text, m.Index + m.Length)))
                .Where(c => c.Arguments.Count >= 2)
                .Select(c => (c.Start, End: c.Start + c.Arguments[0].Length))
                .ToList();
            bool HasMessage(int index) => withMessage.Any(span => index >= span.Start && index < span.End);
            void Add(int index, string code)
            {
                if (code.Split(':') is [var ns, _] && mapped.TryGetValue(ns, out var resource) && !HasMessage(index))
                {
                    uses.Add(new KeyUse(Relative(file), LineOf(text, index), [resource], code, IsPrefix: false));
                }
            }
            foreach (Match m in ErrorCodeReference().Matches(text))
            {
                if (constants.TryGetValue(m.Groups["name"].Value, out var code))
                {
                    Add(m.Index, code);
                }
            }
            foreach (Match m in BusinessExceptionCall().Matches(text))
            {
                if (TopLevelArguments(text, m.Index + m.Length) is [var only] && CodeLiteral().Match(only) is { Success: true } literal)
                {
                    Add(m.Index + m.Length, literal.Groups["code"].Value);
                }
            }
        }
        return uses;
    }

    /// <summary>The arguments of the call whose parentheses open just before <paramref name="start"/>, as written.</summary>
    private static List<string> TopLevelArguments(string text, int start)
    {
        var arguments = new List<string>();
        var (depth, from) = (0, start);
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}' when depth > 0:
                    depth--;
                    break;
                case ')':
                    arguments.Add(text[from..i]);
                    return arguments.Where(a => a.Trim().Length > 0).ToList();
                case ',' when depth == 0:
                    arguments.Add(text[from..i]);
                    from = i + 1;
                    break;
                case '"':
                    i = text.IndexOf('"', i + 1); // codes and messages here hold no escaped quotes
                    break;
            }
        }
        return arguments;
    }

    private static List<KeyUse> FindAllKeyUses() =>
        SourceFiles("*.cs", "*.cshtml")
            .Where(f => !f.EndsWith(".g.cs", StringComparison.Ordinal))
            .SelectMany(f =>
            {
                var pageModel = f.EndsWith(".cshtml", StringComparison.Ordinal) && File.Exists(f + ".cs") ? File.ReadAllText(f + ".cs") : null;
                return FindKeyUses(f, File.ReadAllText(f), pageModel);
            })
            .Concat(FindErrorCodeUses(SourceFiles("*.cs").Select(f => (f, File.ReadAllText(f)))))
            .ToList();

    /// <summary>Enum types of the app (the ArchitectureTests' output holds every module), for keys like <c>UnitKind:{kind}</c>.</summary>
    private static List<Type> AppEnums() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Humanitarian.*.dll")
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .SelectMany(a =>
            {
                try
                {
                    return a.GetTypes();
                }
                catch (ReflectionTypeLoadException e)
                {
                    return e.Types.Where(t => t is not null).Select(t => t!);
                }
            })
            .Where(t => t.IsEnum && t.Namespace?.StartsWith("Humanitarian", StringComparison.Ordinal) == true)
            .ToList();

    /// <summary>What is wrong with a use: null when the key is there (for a prefix, every member of the enum it names).</summary>
    private static string? Check(KeyUse use, IReadOnlyList<Type> enums)
    {
        var resources = use.Resources.Select(r => Resources.Value.GetValueOrDefault(r)).ToList();
        if (resources.Any(r => r is null))
        {
            return $"{use}: no such resource";
        }
        if (!use.IsPrefix)
        {
            return resources.Any(r => r!.Defines(use.Key)) ? null : $"{use}: missing";
        }
        var resource = resources.Single()!;
        var suffixes = resource.AllKeys.Where(k => k.StartsWith(use.Key, StringComparison.Ordinal))
            .Select(k => k[use.Key.Length..]).Where(s => !s.Contains(':')).ToHashSet();
        if (suffixes.Count == 0)
        {
            return $"{use}: no key has this prefix";
        }
        // "UnitKind:" names its enum; "Reorganise:Confirm:" is completed by one whose members its keys name.
        var segment = use.Key.TrimEnd(':').Split(':')[^1];
        var named = enums.Where(e => e.Name == segment || e.Name.EndsWith(segment, StringComparison.Ordinal)).ToList();
        var candidates = named.Count > 0 ? named : enums.Where(e => suffixes.All(s => Enum.GetNames(e).Contains(s))).ToList();
        if (candidates.Count == 0)
        {
            return null; // not an enum's members: the keys present are all we can check
        }
        var complete = candidates.FirstOrDefault(e => Enum.GetNames(e).All(n => resource.Defines(use.Key + n)));
        return complete is not null
            ? null
            : $"{use}: missing for {string.Join(", ", Enum.GetNames(candidates[0]).Where(n => !resource.Defines(use.Key + n)))} of {candidates[0].Name}";
    }

    [Fact]
    public void Should_find_every_resource_in_both_languages()
    {
        var resources = Resources.Value;

        // The enumeration must see the framework, the host and the modules, or the other tests prove nothing.
        resources.Keys.ShouldBe(["AbpFramework", "Humanitarian", "Organization", "Campaigns", "Beneficiaries", "Fundraising", "Awards",
            // ABP's Angular modules' resources (texts for ABP's clients).
            "AbpUi", "AbpValidation", "AbpUiNavigation", "AbpUiMultiTenancy", "AbpIdentity", "AbpTenantManagement",
            "AbpPermissionManagement", "AbpAccount", "AbpSettingManagement", "AbpFeatureManagement"],
            ignoreOrder: true);
        foreach (var resource in resources.Values)
        {
            resource.KeysByCulture.Keys.ShouldBe(["en", "vi"], ignoreOrder: true, Relative(resource.Directory));
            ResourceClasses.Value.Values.ShouldContain(resource.Name, $"{Relative(resource.Directory)} has no resource class");
        }
    }

    [Fact]
    public void Should_have_the_same_keys_in_vietnamese_and_english()
    {
        var differences = new List<string>();
        foreach (var resource in Resources.Value.Values)
        {
            var vi = resource.KeysByCulture.GetValueOrDefault("vi") ?? [];
            var en = resource.KeysByCulture.GetValueOrDefault("en") ?? [];
            differences.AddRange(vi.Except(en).Where(k => !Resource.IsItsOwnEnglishText(k)).Select(k => $"{resource.Name}: \"{k}\" has no English text"));
            differences.AddRange(en.Except(vi).Select(k => $"{resource.Name}: \"{k}\" has no Vietnamese text"));
        }

        differences.ShouldBeEmpty();
    }

    [Fact]
    public void Should_define_every_key_the_code_uses()
    {
        var uses = FindAllKeyUses();
        var enums = AppEnums();

        // The scan must see the kinds of use the code has, or an empty result would prove nothing.
        uses.Count.ShouldBeGreaterThan(500);
        uses.ShouldContain(u => u.File.EndsWith(".cshtml", StringComparison.Ordinal) && u.Resources.Contains("Organization"));
        uses.ShouldContain(u => u.Key == "Unit:Code" && u.File.EndsWith("/_UnitForm.cshtml", StringComparison.Ordinal));
        uses.ShouldContain(u => u.Key == "Validation:TenantName");
        uses.ShouldContain(u => u.Key == "Permission:Units.Create" && u.Resources.Single() == "Organization");
        uses.ShouldContain(u => u.Key == "UnitKind:" && u.IsPrefix);
        uses.ShouldContain(u => u.Key == "Permissions:Saved");
        uses.ShouldContain(u => u.Key == "Organization:UnitCodeTaken" && u.Resources.Single() == "Organization");
        uses.ShouldNotContain(u => u.Key == "Organization:UnitInUse", "thrown with a message of its own, its code is not looked up");
        enums.ShouldContain(e => e.Name == "UnitKind");

        uses.Select(u => Check(u, enums)).Where(problem => problem is not null).Distinct().ShouldBeEmpty();
    }

    [Fact]
    public void Should_catch_a_misspelt_key_in_a_page()
    {
        var page = Path.Combine(Root, "modules", "organization", "src", "Humanitarian.Organization", "Pages", "Organization", "Units", "Typo.cshtml");
        const string Text = """
            <h1>@L["Units:Edit"]</h1>
            <p>@L["Units:Eidt"]</p>
            <label>@Model.Label("Naem")</label>
            <span>@L[$"UnitKnd:{unit.Kind}"]</span>
            """;

        var problems = FindKeyUses(page, Text).Select(u => Check(u, AppEnums())).Where(p => p is not null).ToList();

        problems.Count.ShouldBe(3, string.Join("\n", problems));
        problems.ShouldContain(p => p!.Contains("\"Units:Eidt\" in Organization: missing"));
        problems.ShouldContain(p => p!.Contains("\"Field:Naem\""));
        problems.ShouldContain(p => p!.Contains("\"UnitKnd:\""));
    }

    [Fact]
    public void Should_catch_a_looked_up_error_code_that_has_no_text()
    {
        var codes = Path.Combine(Root, "modules", "organization", "src", "Humanitarian.Organization.Contracts", "OrganizationErrorCodes.cs");
        var service = Path.Combine(Root, "modules", "organization", "src", "Humanitarian.Organization", "Services", "Typo.cs");
        const string Service = """
            throw new BusinessException(OrganizationErrorCodes.UnitCodeTakn).WithMember("Code");
            throw new BusinessException(OrganizationErrorCodes.UnitCodeTaken);
            throw new BusinessException(OrganizationErrorCodes.UnitWithoutText, l["UnitInUse", name]);
            throw new BusinessException("Organization:AreaCodeTakn");
            """;
        var sources = new[]
        {
            (codes, File.ReadAllText(codes).Replace("}", """
                public const string UnitCodeTakn = "Organization:UnitCodeTakn";
                public const string UnitWithoutText = "Organization:UnitWithoutText";
            }
            """)),
            (service, Service),
            (Path.Combine(Root, "modules", "organization", "src", "Humanitarian.Organization", "OrganizationModule.cs"),
                File.ReadAllText(Path.Combine(Root, "modules", "organization", "src", "Humanitarian.Organization", "OrganizationModule.cs"))),
        };

        var problems = FindErrorCodeUses(sources).Select(u => Check(u, [])).Where(p => p is not null).ToList();

        problems.Count.ShouldBe(2, string.Join("\n", problems));
        problems.ShouldContain(p => p!.Contains("\"Organization:UnitCodeTakn\" in Organization: missing"));
        problems.ShouldContain(p => p!.Contains("\"Organization:AreaCodeTakn\" in Organization: missing"));
    }

    [GeneratedRegex("""\[LocalizationResourceName\("(?<name>[^"]+)"\)\]\s*(?:public\s+)?(?:sealed\s+)?class\s+(?<class>\w+)""")]
    private static partial Regex ResourceClassDeclaration();

    [GeneratedRegex("""IStringLocalizer<(?<class>\w+)>\s+(?<name>\w+)|(?<name>\w+)\s*=\s*[\w.]*(?:GetRequiredService<IStringLocalizer<(?<class>\w+)>>|GetLocalizer<(?<class>\w+)>)\(\)""")]
    private static partial Regex TypedLocalizerDeclaration();

    [GeneratedRegex("""\bclass\s+(?<name>\w+)\b[^:{;]*:\s*(?<bases>[^{;]+?)\s*(?:\bwhere\b[^{]*)?\{""")]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex("""^AbpPageModel<(?<class>\w+)>""")]
    private static partial Regex AbpPageModelOf();

    [GeneratedRegex("""^@model\s+(?<type>[\w.]+)""", RegexOptions.Multiline)]
    private static partial Regex ModelDirective();

    [GeneratedRegex("""(?<![\w.])(?<localizer>[A-Za-z_]\w*)\[\s*"(?<key>[^"\\{}]+)"\s*[\],]""")]
    private static partial Regex LocalizerIndexer();

    [GeneratedRegex("""(?<![\w.])(?<localizer>[A-Za-z_]\w*)\[\s*\$"(?<key>[^"{]+:)\{""")]
    private static partial Regex InterpolatedLocalizerIndexer();

    [GeneratedRegex("""IStringLocalizer<(?<class>\w+)>>\(\)\s*\[\s*"(?<key>[^"]+)"\s*[\],]""")]
    private static partial Regex InlineLocalizerIndexer();

    [GeneratedRegex("""\bLocalizer\([^()]*\)\s*\[\s*"(?<key>[^"]+)"\s*[\],]""")]
    private static partial Regex LocalizerMethodIndexer();

    [GeneratedRegex(""""\bErrorMessage\s*=\s*"(?<key>[^"]+)"|\bDisplay\([^()]*\b(?:Name|ShortName|Description|Prompt|GroupName)\s*=\s*"(?<key>[^"]+)"""")]
    private static partial Regex AttributeKey();

    [GeneratedRegex(""""\b(?:AddGroup|AddPermission|AddChild)\(\s*[^,()]+,\s*"(?<key>[^"]+)"""")]
    private static partial Regex PermissionDisplayName();

    [GeneratedRegex(""""\bSetNotice\(\s*"(?<key>[^"]+)"""")]
    private static partial Regex NoticeKey();

    [GeneratedRegex("""\bModel\.Label\(\s*"(?<property>[^"]+)"\s*\)""")]
    private static partial Regex LabelCall();

    [GeneratedRegex("""FieldLabelKey\(string \w+\)\s*=>\s*"(?<prefix>[^"]*)"\s*\+""")]
    private static partial Regex LabelKeyOverride();

    [GeneratedRegex("""MapCodeNamespace\(\s*"(?<ns>[^"]+)"\s*,\s*typeof\((?<class>\w+)\)""")]
    private static partial Regex CodeNamespaceMapping();

    [GeneratedRegex(""""const\s+string\s+(?<name>\w+)\s*=\s*"(?<code>[^"]+)"""")]
    private static partial Regex CodeConstant();

    [GeneratedRegex("""\b\w*ErrorCodes\.(?<name>\w+)""")]
    private static partial Regex ErrorCodeReference();

    [GeneratedRegex("""\bnew\s+BusinessException\(""")]
    private static partial Regex BusinessExceptionCall();

    [GeneratedRegex("""^\s*"(?<code>[^"]+)"\s*$""")]
    private static partial Regex CodeLiteral();
}
