using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Humanitarian.ArchitectureTests;

/// <summary>Humanitarian.abpsln (with the modules' .abpmdl files) and Humanitarian.slnx name every project, and only those.</summary>
public sealed class SolutionDescriptor_Tests
{
    private static readonly string Root = FindRoot();

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

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/');

    private static HashSet<string> ProjectsOnDisk() =>
        Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" || part.StartsWith('.')))
            .Select(Normalize).ToHashSet();

    private static HashSet<string> ProjectsInAbpsln()
    {
        var solution = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "Humanitarian.abpsln")))!;
        var result = new HashSet<string>();
        foreach (var (_, module) in solution["modules"]!.AsObject())
        {
            var path = module!["path"]!.GetValue<string>();
            if (path.EndsWith(".abpmdl", StringComparison.Ordinal))
            {
                var file = Path.Combine(Root, path);
                File.Exists(file).ShouldBeTrue($"{path} is named in Humanitarian.abpsln but does not exist");
                var descriptor = JsonNode.Parse(File.ReadAllText(file))!;
                foreach (var (_, project) in descriptor["projects"]!.AsObject())
                {
                    result.Add(Normalize(Path.Combine(Path.GetDirectoryName(file)!, project!["path"]!.GetValue<string>())));
                }
            }
            else
            {
                foreach (var (_, project) in module["projects"]!.AsObject())
                {
                    result.Add(Normalize(Path.Combine(Root, path, project!["path"]!.GetValue<string>())));
                }
            }
        }
        return result;
    }

    [Fact]
    public void Should_name_every_project_in_the_abp_solution_and_nothing_else() =>
        ProjectsInAbpsln().OrderBy(p => p).ShouldBe(ProjectsOnDisk().OrderBy(p => p));

    [Fact]
    public void Should_build_every_project_in_the_slnx()
    {
        var slnx = XDocument.Load(Path.Combine(Root, "Humanitarian.slnx"));
        var built = slnx.Descendants("Project").Select(p => Normalize(Path.Combine(Root, p.Attribute("Path")!.Value))).ToHashSet();
        built.OrderBy(p => p).ShouldBe(ProjectsOnDisk().OrderBy(p => p));
    }
}
