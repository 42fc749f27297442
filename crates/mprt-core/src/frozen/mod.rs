//! Frozen Python modules: standard-library modules written in Python,
//! embedded in the binary and registered in [`Vm::frozen`](crate::vm::Vm).

use crate::vm::Vm;

macro_rules! frozen_list {
    ($($name:literal => $file:literal),* $(,)?) => {
        /// The frozen modules: (import name, source, is package).
        pub static FROZEN: &[(&str, &str, bool)] = &[
            $(($name, include_str!($file), false)),*
        ];
    };
}

frozen_list! {
    "__future__" => "__future__.py",
    "abc" => "abc.py",
    "bisect" => "bisect.py",
    "collections" => "collections.py",
    "contextlib" => "contextlib.py",
    "copy" => "copy.py",
    "functools" => "functools.py",
    "heapq" => "heapq.py",
    "io" => "io.py",
    "importlib" => "importlib.py",
    "itertools" => "itertools.py",
    "operator" => "operator.py",
    "os" => "os.py",
    "platform" => "platform.py",
    "_ospath" => "_ospath.py",
    "random" => "random.py",
    "string" => "string.py",
    "threading" => "threading.py",
    "traceback" => "traceback.py",
    "time" => "time.py",
    "types" => "types.py",
    "unittest" => "unittest.py",
    "warnings" => "warnings.py",
}

/// Register the frozen modules on the VM.
pub fn install(vm: &mut Vm) {
    for &(n, s, p) in FROZEN {
        if !vm.frozen.iter().any(|(m, _, _)| *m == n) {
            vm.frozen.push((n, s, p));
        }
    }
}
