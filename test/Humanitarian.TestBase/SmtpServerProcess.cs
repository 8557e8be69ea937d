using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Humanitarian.TestBase;

/// <summary>
/// An SMTP server of a test's own, as etc/test.sh runs the shared sink (Debian's aiosmtpd, each message a
/// file in a Maildir of its own), on a loopback port the test chose: stopping and starting it plays an outage.
/// </summary>
public sealed class SmtpServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SmtpServerProcess(Process process)
    {
        _process = process;
        // Read, so a full pipe never blocks the server; kept for the error message.
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>Starts the server on 127.0.0.1:<paramref name="port"/>, storing into <paramref name="mail"/>, and waits until it listens.</summary>
    public static async Task<SmtpServerProcess> StartAsync(int port, MailDirectory mail)
    {
        // Python's Maildir makes these only when it makes the folder itself.
        foreach (var folder in new[] { "cur", "new", "tmp" })
        {
            Directory.CreateDirectory(Path.Combine(mail.Path, folder));
        }
        // /usr/bin/python3 on purpose: the python3 first on PATH may lack aiosmtpd.
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", mail.Path })
        {
            start.ArgumentList.Add(argument);
        }
        var server = new SmtpServerProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd."));
        var watch = Stopwatch.StartNew();
        while (!await IsListeningAsync(port))
        {
            if (server._process.HasExited || watch.Elapsed > StartTimeout)
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"aiosmtpd is not listening on {port}: {server._output}");
            }
            await Task.Delay(100);
        }
        return server;
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
